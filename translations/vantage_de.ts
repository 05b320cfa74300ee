<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <location filename="../app/main.cpp" line="155"/>
        <location filename="../app/main.cpp" line="165"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="55"/>
        <source>The file was not changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Choose Another Database…</source>
        <translation>Andere Datenbank wählen…</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>Choose a Database</source>
        <translation>Datenbank wählen</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Vantage databases (*.sqlite)</source>
        <translation>Vantage-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="105"/>
        <source>Vantage: one console for your virtual infrastructure, cloud and containers.
Headless commands: vantage provider add|list|remove, vantage refresh NAME|--all.</source>
        <translation>Vantage: eine Konsole für Ihre virtuelle Infrastruktur, Cloud und Container.
Befehle ohne Fenster: vantage provider add|list|remove, vantage refresh NAME|--all.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="111"/>
        <source>Use the database at PATH.</source>
        <translation>Die Datenbank unter PATH verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>Open the demo: a libvirt test-driver provider with two hosts, in a database of its own.</source>
        <translation>Die Demo öffnen: ein Provider mit dem libvirt-Testtreiber und zwei Hosts, in einer eigenen Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="118"/>
        <source>Open the real demo (needs root): starts libvirtd and QEMU on this machine with three tiny guests, shows them live, and removes them all on quit.</source>
        <translation>Die echte Demo öffnen (braucht root): startet libvirtd und QEMU auf diesem Rechner mit drei winzigen Gästen, zeigt sie live und entfernt beim Beenden alles wieder.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="121"/>
        <source>Show the cached inventory without refreshing at start-up.</source>
        <translation>Das zwischengespeicherte Inventar zeigen, ohne beim Start zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>Quit as soon as the cached inventory is on screen (start-up benchmarks).</source>
        <translation>Beenden, sobald das zwischengespeicherte Inventar angezeigt wird (Startzeit-Messungen).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Real Demo</source>
        <translation>Echte Demo</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="141"/>
        <source>Real demo start-up</source>
        <translation>Start der echten Demo</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="156"/>
        <source>The real demo could not start its QEMU guests.</source>
        <translation>Die echte Demo konnte ihre QEMU-Gäste nicht starten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="166"/>
        <source>The demo provider could not be set up: %1</source>
        <translation>Der Demo-Provider konnte nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>Vantage::AccessibleNames</name>
    <message>
        <location filename="../ui/accessiblenames.cpp" line="29"/>
        <location filename="../ui/accessiblenames.cpp" line="32"/>
        <source>%1 columns</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/accessiblenames.cpp" line="33"/>
        <source>%1 rows</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../ui/accessiblenames.cpp" line="38"/>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location filename="../ui/accessiblenames.cpp" line="48"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/accessiblenames.cpp" line="56"/>
        <source>%1 choices</source>
        <translation>Auswahl für %1</translation>
    </message>
    <message>
        <location filename="../ui/accessiblenames.cpp" line="79"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/accessiblenames.cpp" line="85"/>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
</context>
<context>
    <name>Vantage::BoundedSoapReader</name>
    <message>
        <location filename="../providers/vmware/inventory/boundedsoapreader.cpp" line="13"/>
        <source>The answer is not a SOAP envelope.</source>
        <translation>Die Antwort ist kein SOAP-Umschlag.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/boundedsoapreader.cpp" line="31"/>
        <source>The SOAP envelope has no body.</source>
        <translation>Der SOAP-Umschlag hat keinen Body.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/boundedsoapreader.cpp" line="51"/>
        <source>The SOAP body is empty.</source>
        <translation>Der SOAP-Body ist leer.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/boundedsoapreader.cpp" line="91"/>
        <source>The answer is not well-formed XML at line %1, column %2: %3</source>
        <translation>Die Antwort ist kein wohlgeformtes XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/boundedsoapreader.cpp" line="117"/>
        <source>The answer holds a document type declaration.</source>
        <translation>Die Antwort enthält eine Dokumenttyp-Deklaration.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/boundedsoapreader.cpp" line="184"/>
        <source>The answer nests elements deeper than %1.</source>
        <translation>Die Antwort verschachtelt Elemente tiefer als %1.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/boundedsoapreader.cpp" line="190"/>
        <source>The answer holds a value longer than %1 characters.</source>
        <translation>Die Antwort enthält einen Wert, der länger als %1 Zeichen ist.</translation>
    </message>
</context>
<context>
    <name>Vantage::Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="76"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="98"/>
        <source>Add a provider, after checking that it answers.</source>
        <translation>Einen Provider hinzufügen, nachdem geprüft wurde, dass er antwortet.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="99"/>
        <location filename="../app/cli.cpp" line="213"/>
        <location filename="../app/cli.cpp" line="235"/>
        <source>The provider&apos;s name.</source>
        <translation>Der Name des Providers.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="101"/>
        <source>The provider type (%1).</source>
        <translation>Der Provider-Typ (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="104"/>
        <source>An endpoint URI; repeat for several hosts.</source>
        <translation>Eine Endpunkt-URI; für mehrere Hosts wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="106"/>
        <source>The user name.</source>
        <translation>Der Benutzername.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="109"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="112"/>
        <source>Add it without connecting first.</source>
        <translation>Ohne vorherige Verbindung hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="114"/>
        <source>Trust the server&apos;s TLS certificate with this SHA-256 fingerprint although no installed authority signed it.</source>
        <translation>Dem TLS-Zertifikat des Servers mit diesem SHA-256-Fingerabdruck vertrauen, obwohl keine installierte Zertifizierungsstelle es signiert hat.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="123"/>
        <source>provider add takes one NAME; see --help.</source>
        <translation>provider add erwartet genau einen NAME; siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="125"/>
        <source>provider add needs --type and at least one --uri.</source>
        <translation>provider add braucht --type und mindestens eine --uri.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="134"/>
        <source>--tls-pin takes a SHA-256 fingerprint: 32 hexadecimal pairs such as AB:CD:..., not &quot;%1&quot;.</source>
        <translation>--tls-pin erwartet einen SHA-256-Fingerabdruck: 32 hexadezimale Paare wie AB:CD:..., nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="150"/>
        <source>Unknown provider type &quot;%1&quot;; known types: %2.</source>
        <translation>Unbekannter Provider-Typ „%1“; bekannte Typen: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="163"/>
        <location filename="../app/cli.cpp" line="172"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="164"/>
        <source>Compare it with the fingerprint vCenter shows (vSphere Client → Administration → Certificates). Only if they match, run the same command again with --tls-pin %1</source>
        <translation>Vergleichen Sie ihn mit dem Fingerabdruck, den vCenter anzeigt (vSphere Client → Verwaltung → Zertifikate). Nur wenn beide übereinstimmen, führen Sie denselben Befehl erneut mit --tls-pin %1 aus.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="173"/>
        <source>Verified: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="178"/>
        <source>Added provider &quot;%1&quot;.</source>
        <translation>Provider „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="185"/>
        <source>List the providers.</source>
        <translation>Die Provider auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="192"/>
        <source>No providers. Add one with: vantage provider add NAME --type libvirt --uri URI</source>
        <translation>Keine Provider. Einen hinzufügen mit: vantage provider add NAME --type libvirt --uri URI</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="200"/>
        <source>not refreshed</source>
        <translation>nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="212"/>
        <source>Remove a provider and all its inventory.</source>
        <translation>Einen Provider samt seinem gesamten Inventar entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="218"/>
        <source>provider remove takes one NAME.</source>
        <translation>provider remove erwartet genau einen NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="223"/>
        <location filename="../app/cli.cpp" line="251"/>
        <source>There is no provider named &quot;%1&quot;; see vantage provider list.</source>
        <translation>Es gibt keinen Provider namens „%1“; siehe vantage provider list.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="227"/>
        <source>Removed provider &quot;%1&quot; and its inventory.</source>
        <translation>Provider „%1“ und sein Inventar entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="234"/>
        <source>Refresh the inventory of one provider or all.</source>
        <translation>Das Inventar eines Providers oder aller Provider aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="237"/>
        <source>Refresh every provider.</source>
        <translation>Alle Provider aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="238"/>
        <location filename="../app/cli.cpp" line="331"/>
        <source>Print only errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="254"/>
        <source>refresh takes a provider NAME or --all.</source>
        <translation>refresh erwartet einen Provider-NAMEN oder --all.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="278"/>
        <source>%1: refresh failed: %2</source>
        <translation>%1: Aktualisierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="283"/>
        <source>%1: refreshed in %2 ms (collect %3 ms, save %4 ms): %5 added, %6 changed, %7 removed</source>
        <translation>%1: in %2 ms aktualisiert (Abruf %3 ms, Speichern %4 ms): %5 hinzugefügt, %6 geändert, %7 entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="305"/>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="316"/>
        <source>Export a report as CSV (RFC 4180, UTF-8), or list the reports.</source>
        <translation>Einen Bericht als CSV exportieren (RFC 4180, UTF-8) oder die Berichte auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="317"/>
        <source>The report&apos;s name.</source>
        <translation>Der Name des Berichts.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="319"/>
        <source>List the reports.</source>
        <translation>Die Berichte auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="321"/>
        <source>Write the CSV to FILE; - for standard output.</source>
        <translation>Die CSV-Datei nach FILE schreiben; - für die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="324"/>
        <source>Start the file with a UTF-8 byte order mark (for spreadsheets on Windows).</source>
        <translation>Die Datei mit einer UTF-8-Bytereihenfolgemarkierung beginnen (für Tabellenkalkulationen unter Windows).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="328"/>
        <source>Keep only rows where COLUMN OP VALUE holds, on top of the report&apos;s own filters; OP is =, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with or is empty. Repeatable.</source>
        <translation>Nur Zeilen behalten, für die COLUMN OP VALUE gilt, zusätzlich zu den Filtern des Berichts; OP ist =, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with oder is empty. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="338"/>
        <source>Could not set up the built-in reports: %1</source>
        <translation>Die integrierten Berichte konnten nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="347"/>
        <source>report takes a report NAME and --output FILE, or --list; see --help.</source>
        <translation>report erwartet einen Bericht-NAMEN und --output FILE oder --list; siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="358"/>
        <source>There is no report named &quot;%1&quot;; the reports are: %2.</source>
        <translation>Es gibt keinen Bericht namens „%1“; die Berichte sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="376"/>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="385"/>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="393"/>
        <source>%1: export failed: %2</source>
        <translation>%1: Export fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="395"/>
        <source>%1: %n row(s) written to %2</source>
        <translation>
            <numerusform>%1: %n Zeile nach %2 geschrieben</numerusform>
            <numerusform>%1: %n Zeilen nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="427"/>
        <source>Unknown command &quot;provider %1&quot;; use provider add, list or remove.</source>
        <translation>Unbekannter Befehl „provider %1“; verwenden Sie provider add, list oder remove.</translation>
    </message>
</context>
<context>
    <name>Vantage::CredentialStore</name>
    <message>
        <location filename="../core/credentialstore.cpp" line="83"/>
        <source>The system keyring is not available or is locked (%1). Start and unlock a keyring such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar oder gesperrt (%1). Starten und entsperren Sie einen Schlüsselbund wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="89"/>
        <source>The keyring has no password for this provider. Edit the provider and enter its credentials again.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für diesen Provider. Bearbeiten Sie den Provider und geben Sie seine Zugangsdaten erneut ein.</translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="95"/>
        <source>The system keyring reported an error: %1</source>
        <translation>Der System-Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Vantage::CsvWriter</name>
    <message>
        <location filename="../core/csvwriter.cpp" line="139"/>
        <source>The CSV file is not open for writing.</source>
        <translation>Die CSV-Datei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/csvwriter.cpp" line="149"/>
        <location filename="../core/csvwriter.cpp" line="161"/>
        <source>Could not write the CSV file: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Vantage::Database</name>
    <message>
        <location filename="../core/database.cpp" line="70"/>
        <source>The database %1 cannot be used: %2. Nothing was changed. Move the file aside or choose another one with --database.</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2. Es wurde nichts verändert. Verschieben Sie die Datei oder wählen Sie mit --database eine andere.</translation>
    </message>
    <message>
        <location filename="../core/database.cpp" line="92"/>
        <source>it holds tables but no Vantage schema version</source>
        <translation>sie enthält Tabellen, aber keine Vantage-Schemaversion</translation>
    </message>
    <message>
        <location filename="../core/database.cpp" line="180"/>
        <source>its folder cannot be created</source>
        <translation>ihr Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/database.cpp" line="191"/>
        <source>the file is read-only for this user; make it writable or choose a copy</source>
        <translation>die Datei ist für diesen Benutzer schreibgeschützt; machen Sie sie beschreibbar oder wählen Sie eine Kopie</translation>
    </message>
    <message>
        <location filename="../core/database.cpp" line="199"/>
        <source>it was written by a newer Vantage (schema %1; this program knows up to %2). Update Vantage to open it</source>
        <translation>sie wurde von einem neueren Vantage geschrieben (Schema %1; dieses Programm kennt Schemata bis %2). Aktualisieren Sie Vantage, um sie zu öffnen</translation>
    </message>
    <message>
        <location filename="../core/database.cpp" line="206"/>
        <source>upgrading its schema failed (%1); it was left as it was</source>
        <translation>die Aktualisierung ihres Schemas ist fehlgeschlagen (%1); sie blieb unverändert</translation>
    </message>
</context>
<context>
    <name>Vantage::Demo</name>
    <message>
        <location filename="../app/demo.cpp" line="33"/>
        <source>The demo file %1 is missing from this build.</source>
        <translation>Die Demo-Datei %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../app/demo.cpp" line="44"/>
        <source>Cannot write the demo file %1: %2</source>
        <translation>Die Demo-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/demo.cpp" line="113"/>
        <source>Cannot create the folder %1 for the demo files.</source>
        <translation>Der Ordner %1 für die Demo-Dateien kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Vantage::DetailsPane</name>
    <message>
        <location filename="../ui/detailspane.cpp" line="103"/>
        <location filename="../ui/detailspane.cpp" line="539"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="103"/>
        <location filename="../ui/detailspane.cpp" line="539"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="109"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="110"/>
        <source>Powered off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="111"/>
        <source>Suspended</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="112"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="114"/>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="115"/>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="120"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="128"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="151"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="152"/>
        <source>Copy all details to the clipboard</source>
        <translation>Alle Details in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="153"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="176"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="177"/>
        <source>Select a provider, host, VM, network or storage pool in the inventory to see its properties here.</source>
        <translation>Wählen Sie im Inventar einen Provider, einen Host, eine VM, ein Netzwerk oder einen Speicherpool, um hier seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="264"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="267"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="278"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="320"/>
        <source>The inventory shown is from the last successful refresh, %1.</source>
        <translation>Das gezeigte Inventar stammt von der letzten erfolgreichen Aktualisierung, %1.</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="323"/>
        <source>No refresh of this manager has succeeded yet.</source>
        <translation>Bisher war keine Aktualisierung dieses Managers erfolgreich.</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="324"/>
        <source>Stale: the last refresh of %1 failed %2: %3 %4</source>
        <translation>Veraltet: Die letzte Aktualisierung von %1 ist %2 fehlgeschlagen: %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="330"/>
        <source>Stale inventory warning</source>
        <translation>Warnung: veraltetes Inventar</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="505"/>
        <source>Provider · %1</source>
        <translation>Provider · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="425"/>
        <location filename="../ui/detailspane.cpp" line="512"/>
        <location filename="../ui/detailspane.cpp" line="594"/>
        <location filename="../ui/detailspane.cpp" line="630"/>
        <location filename="../ui/detailspane.cpp" line="678"/>
        <location filename="../ui/detailspane.cpp" line="722"/>
        <location filename="../ui/detailspane.cpp" line="791"/>
        <location filename="../ui/detailspane.cpp" line="815"/>
        <location filename="../ui/detailspane.cpp" line="844"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="345"/>
        <location filename="../ui/detailspane.cpp" line="355"/>
        <source>Retirement</source>
        <translation>Außerbetriebnahme</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="345"/>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="352"/>
        <source>%1 (warned %n day(s) before)</source>
        <translation>
            <numerusform>%1 (Warnung %n Tag vorher)</numerusform>
            <numerusform>%1 (Warnung %n Tage vorher)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="354"/>
        <source>· disks deleted too</source>
        <translation>· Festplatten werden ebenfalls gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="361"/>
        <source>This VM retires %1, in %n day(s): it will be shut down and removed. Retire it again (Ctrl+Shift+T) to move or clear the date.</source>
        <translation>
            <numerusform>Diese VM wird am %1 außer Betrieb genommen (in %n Tag): Sie wird heruntergefahren und entfernt. Nehmen Sie sie erneut außer Betrieb (Strg+Umschalt+T), um das Datum zu verschieben oder zu löschen.</numerusform>
            <numerusform>Diese VM wird am %1 außer Betrieb genommen (in %n Tagen): Sie wird heruntergefahren und entfernt. Nehmen Sie sie erneut außer Betrieb (Strg+Umschalt+T), um das Datum zu verschieben oder zu löschen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="366"/>
        <source>This VM is being retired now.</source>
        <translation>Diese VM wird gerade außer Betrieb genommen.</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="368"/>
        <source>Retiring this VM failed: %1</source>
        <translation>Die Außerbetriebnahme dieser VM ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="373"/>
        <source>Retirement warning</source>
        <translation>Warnung zur Außerbetriebnahme</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="424"/>
        <source>Retired virtual machine · %1</source>
        <translation>Außer Betrieb genommene virtuelle Maschine · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="426"/>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="428"/>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="430"/>
        <source>Disks deleted</source>
        <translation>Festplatten gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="431"/>
        <source>As it was</source>
        <translation>Letzter Stand</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="513"/>
        <location filename="../ui/detailspane.cpp" line="774"/>
        <location filename="../ui/detailspane.cpp" line="817"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="514"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="528"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="521"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="95"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="522"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="523"/>
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="524"/>
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="525"/>
        <source>%n storage pool(s)</source>
        <translation>
            <numerusform>%n Speicherpool</numerusform>
            <numerusform>%n Speicherpools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="527"/>
        <source>%n datacenter(s)</source>
        <translation>
            <numerusform>%n Rechenzentrum</numerusform>
            <numerusform>%n Rechenzentren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="528"/>
        <location filename="../ui/detailspane.cpp" line="697"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="534"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="534"/>
        <source>Manager: %1</source>
        <translation>Manager: %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="535"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="536"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="537"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="538"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="538"/>
        <source>Stored in the system keyring</source>
        <translation>Im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="539"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="542"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="544"/>
        <source>Failed (stale)</source>
        <translation>Fehlgeschlagen (veraltet)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="546"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="548"/>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="549"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="551"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="552"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="554"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="567"/>
        <location filename="../ui/detailspane.cpp" line="572"/>
        <location filename="../ui/detailspane.cpp" line="604"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="567"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="568"/>
        <source>Folder · %1</source>
        <translation>Ordner · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="575"/>
        <source>Storage pools</source>
        <translation>Speicherpools</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="578"/>
        <location filename="../ui/detailspane.cpp" line="826"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="592"/>
        <source>Datacenter · %1</source>
        <translation>Rechenzentrum · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="600"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="603"/>
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="605"/>
        <location filename="../ui/detailspane.cpp" line="658"/>
        <source>Resource pools</source>
        <translation>Ressourcenpools</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="606"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="616"/>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="628"/>
        <source>Cluster · %1</source>
        <translation>Cluster · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="438"/>
        <location filename="../ui/detailspane.cpp" line="595"/>
        <location filename="../ui/detailspane.cpp" line="631"/>
        <location filename="../ui/detailspane.cpp" line="703"/>
        <location filename="../ui/detailspane.cpp" line="741"/>
        <location filename="../ui/detailspane.cpp" line="798"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="601"/>
        <location filename="../ui/detailspane.cpp" line="632"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="602"/>
        <location filename="../ui/detailspane.cpp" line="634"/>
        <location filename="../ui/detailspane.cpp" line="660"/>
        <location filename="../ui/detailspane.cpp" line="685"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="676"/>
        <source>Host · %1</source>
        <translation>Host · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="679"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="680"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="681"/>
        <location filename="../ui/detailspane.cpp" line="724"/>
        <source>Power</source>
        <translation>Betriebszustand</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="683"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="687"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="688"/>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="692"/>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="693"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="694"/>
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n Sockel</numerusform>
            <numerusform>%n Sockel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="695"/>
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="696"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="698"/>
        <source>CPU speed</source>
        <translation>CPU-Takt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="648"/>
        <location filename="../ui/detailspane.cpp" line="700"/>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="434"/>
        <location filename="../ui/detailspane.cpp" line="702"/>
        <location filename="../ui/detailspane.cpp" line="730"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="720"/>
        <source>Template · %1</source>
        <translation>Vorlage · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="720"/>
        <source>Virtual machine · %1</source>
        <translation>Virtuelle Maschine · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="432"/>
        <location filename="../ui/detailspane.cpp" line="723"/>
        <location filename="../ui/detailspane.cpp" line="792"/>
        <location filename="../ui/detailspane.cpp" line="816"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="433"/>
        <location filename="../ui/detailspane.cpp" line="725"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="729"/>
        <source>%1 (maximum %2)</source>
        <translation>%1 (maximal %2)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="436"/>
        <location filename="../ui/detailspane.cpp" line="731"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="437"/>
        <location filename="../ui/detailspane.cpp" line="732"/>
        <location filename="../ui/detailspane.cpp" line="796"/>
        <location filename="../ui/detailspane.cpp" line="823"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="659"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="659"/>
        <source>CPU reserved</source>
        <translation>CPU reserviert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="659"/>
        <source>CPU limit</source>
        <translation>CPU-Grenze</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="659"/>
        <source>Memory reserved</source>
        <translation>Arbeitsspeicher reserviert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="660"/>
        <source>Memory limit</source>
        <translation>Arbeitsspeicher-Grenze</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="735"/>
        <source>Resource pool</source>
        <translation>Ressourcenpool</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="738"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="740"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="758"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="759"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="759"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="759"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="759"/>
        <location filename="../ui/detailspane.cpp" line="774"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="759"/>
        <location filename="../ui/detailspane.cpp" line="846"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="759"/>
        <location filename="../ui/detailspane.cpp" line="819"/>
        <location filename="../ui/detailspane.cpp" line="847"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="773"/>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="774"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="774"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="789"/>
        <source>Network · %1</source>
        <translation>Netzwerk · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="793"/>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="794"/>
        <source>Forward mode</source>
        <translation>Weiterleitungsmodus</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="795"/>
        <location filename="../ui/detailspane.cpp" line="822"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="813"/>
        <source>Storage pool · %1</source>
        <translation>Speicherpool · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="818"/>
        <location filename="../ui/detailspane.cpp" line="845"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="820"/>
        <location filename="../ui/detailspane.cpp" line="848"/>
        <source>Allocated</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="821"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="842"/>
        <source>Volume · %1</source>
        <translation>Volume · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="849"/>
        <source>Storage pool</source>
        <translation>Speicherpool</translation>
    </message>
</context>
<context>
    <name>Vantage::DiskImages</name>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="19"/>
        <source>read of %1 bytes at offset %2 is outside the %3-byte disk</source>
        <translation>Lesen von %1 Bytes an Offset %2 liegt außerhalb des %3 Byte großen Datenträgers</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="86"/>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="161"/>
        <location filename="../core/smartstate/diskimage.cpp" line="200"/>
        <source>qcow2 header is truncated</source>
        <translation>qcow2-Header ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="164"/>
        <source>qcow2 header</source>
        <translation>qcow2-Header</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="167"/>
        <source>not a qcow2 image (bad magic)</source>
        <translation>kein qcow2-Image (falsche Magic-Nummer)</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="172"/>
        <source>qcow2 version %1 is not supported (only 2 and 3)</source>
        <translation>qcow2-Version %1 wird nicht unterstützt (nur 2 und 3)</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="183"/>
        <source>qcow2 cluster size 2^%1 is invalid</source>
        <translation>qcow2-Clustergröße 2^%1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="189"/>
        <source>qcow2 virtual size is invalid</source>
        <translation>virtuelle Größe des qcow2-Images ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="194"/>
        <source>encrypted qcow2 images cannot be scanned</source>
        <translation>verschlüsselte qcow2-Images können nicht untersucht werden</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="206"/>
        <source>qcow2 header length %1 is invalid</source>
        <translation>qcow2-Headerlänge %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="211"/>
        <source>qcow2 compression type is not zlib; it is not supported</source>
        <translation>qcow2-Komprimierungstyp ist nicht zlib; er wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="219"/>
        <source>qcow2 image uses unsupported features (incompatible bits %1)</source>
        <translation>qcow2-Image verwendet nicht unterstützte Funktionen (inkompatible Bits %1)</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="230"/>
        <source>qcow2 L1 table is too small for the virtual size</source>
        <translation>qcow2-L1-Tabelle ist zu klein für die virtuelle Größe</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="234"/>
        <source>qcow2 L1 table offset beyond end of file</source>
        <translation>Offset der qcow2-L1-Tabelle liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="240"/>
        <source>qcow2 L1 table</source>
        <translation>qcow2-L1-Tabelle</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="254"/>
        <source>qcow2 header extension</source>
        <translation>qcow2-Header-Erweiterung</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="261"/>
        <source>qcow2 header extension runs past the first cluster</source>
        <translation>qcow2-Header-Erweiterung reicht über den ersten Cluster hinaus</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="266"/>
        <source>qcow2 backing format</source>
        <translation>qcow2-Backing-Format</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="276"/>
        <source>qcow2 backing file name length %1 is invalid</source>
        <translation>Länge %1 des qcow2-Backing-Dateinamens ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="281"/>
        <source>qcow2 backing chain is longer than %1 images</source>
        <translation>qcow2-Backing-Kette umfasst mehr als %1 Images</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="286"/>
        <source>qcow2 backing file name</source>
        <translation>qcow2-Backing-Dateiname</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="289"/>
        <source>qcow2 backing file name contains a NUL byte</source>
        <translation>qcow2-Backing-Dateiname enthält ein NUL-Byte</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="295"/>
        <source>qcow2 backing file %1 is not a local file</source>
        <translation>qcow2-Backing-Datei %1 ist keine lokale Datei</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="302"/>
        <source>qcow2 image names itself as its backing file</source>
        <translation>qcow2-Image nennt sich selbst als Backing-Datei</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="308"/>
        <source>backing file: %1</source>
        <translation>Backing-Datei: %1</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="314"/>
        <location filename="../core/smartstate/diskimage.cpp" line="463"/>
        <source>magic</source>
        <translation>Magic-Nummer</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="317"/>
        <source>backing file format %1 is not supported</source>
        <translation>Format %1 der Backing-Datei wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="323"/>
        <source>backing file %1: %2</source>
        <translation>Backing-Datei %1: %2</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="355"/>
        <source>qcow2 L2 table offset is not cluster-aligned</source>
        <translation>Offset der qcow2-L2-Tabelle ist nicht an Clustergrenzen ausgerichtet</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="359"/>
        <source>qcow2 L2 table</source>
        <translation>qcow2-L2-Tabelle</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="405"/>
        <source>qcow2 data cluster offset is not cluster-aligned</source>
        <translation>Offset des qcow2-Datenclusters ist nicht an Clustergrenzen ausgerichtet</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="408"/>
        <source>qcow2 data cluster</source>
        <translation>qcow2-Datencluster</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="420"/>
        <source>qcow2 compressed cluster offset beyond end of file</source>
        <translation>Offset des komprimierten qcow2-Clusters liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="427"/>
        <source>qcow2 compressed cluster</source>
        <translation>komprimierter qcow2-Cluster</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="433"/>
        <source>cannot start zlib</source>
        <translation>zlib kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="444"/>
        <source>qcow2 compressed cluster is corrupt</source>
        <translation>komprimierter qcow2-Cluster ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="476"/>
        <source>disk format %1 is not supported (only raw and qcow2)</source>
        <translation>Datenträgerformat %1 wird nicht unterstützt (nur raw und qcow2)</translation>
    </message>
</context>
<context>
    <name>Vantage::DomainXmlBuilder</name>
    <message>
        <location filename="../providers/libvirt/domainxmlbuilder.cpp" line="75"/>
        <source>Domain XML is malformed at line %1: %2</source>
        <translation>Das Domain-XML ist in Zeile %1 fehlerhaft: %2</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/domainxmlbuilder.cpp" line="79"/>
        <source>The description is not a &lt;domain&gt;.</source>
        <translation>Die Beschreibung ist kein &lt;domain&gt;.</translation>
    </message>
</context>
<context>
    <name>Vantage::DomainXmlParser</name>
    <message>
        <location filename="../providers/libvirt/domainxmlparser.cpp" line="28"/>
        <source>Domain XML is malformed: %1</source>
        <translation>Das Domain-XML ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/domainxmlparser.cpp" line="30"/>
        <source>The description is not a &lt;domain&gt;.</source>
        <translation>Die Beschreibung ist kein &lt;domain&gt;.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/domainxmlparser.cpp" line="37"/>
        <source>Domain XML is malformed at line %1: %2</source>
        <translation>Das Domain-XML ist in Zeile %1 fehlerhaft: %2</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/domainxmlparser.cpp" line="44"/>
        <source>The domain XML has no &lt;uuid&gt;.</source>
        <translation>Das Domain-XML hat keine &lt;uuid&gt;.</translation>
    </message>
</context>
<context>
    <name>Vantage::EndpointListEditor</name>
    <message>
        <location filename="../ui/endpointlisteditor.cpp" line="18"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/endpointlisteditor.cpp" line="19"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/endpointlisteditor.cpp" line="24"/>
        <source>&amp;Add Endpoint</source>
        <translation>Endpunkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/endpointlisteditor.cpp" line="26"/>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/endpointlisteditor.cpp" line="53"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/endpointlisteditor.cpp" line="131"/>
        <source>Remove this endpoint</source>
        <translation>Diesen Endpunkt entfernen</translation>
    </message>
    <message>
        <location filename="../ui/endpointlisteditor.cpp" line="132"/>
        <source>Remove endpoint %1</source>
        <translation>Endpunkt %1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/endpointlisteditor.cpp" line="135"/>
        <source>Endpoint problem</source>
        <translation>Problem mit dem Endpunkt</translation>
    </message>
</context>
<context>
    <name>Vantage::EventListModel</name>
    <message>
        <location filename="../ui/events/eventlistmodel.cpp" line="266"/>
        <source>Manager %1</source>
        <translation>Manager %1</translation>
    </message>
    <message>
        <location filename="../ui/events/eventlistmodel.cpp" line="306"/>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <location filename="../ui/events/eventlistmodel.cpp" line="314"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/events/eventlistmodel.cpp" line="337"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/events/eventlistmodel.cpp" line="339"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/events/eventlistmodel.cpp" line="341"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventlistmodel.cpp" line="343"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/events/eventlistmodel.cpp" line="345"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Vantage::EventMapping</name>
    <message>
        <location filename="../core/eventmapping.cpp" line="21"/>
        <source>The %1 is not valid JSON: %2 at byte %3.</source>
        <translation>Die %1 ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <location filename="../core/eventmapping.cpp" line="27"/>
        <source>The %1 must be a JSON object.</source>
        <translation>Die %1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../core/eventmapping.cpp" line="37"/>
        <source>event mapping</source>
        <translation>Ereigniszuordnung</translation>
    </message>
    <message>
        <location filename="../core/eventmapping.cpp" line="44"/>
        <source>The event mapping names no &quot;source&quot; (the provider type).</source>
        <translation>Die Ereigniszuordnung nennt keine „source“ (den Provider-Typ).</translation>
    </message>
    <message>
        <location filename="../core/eventmapping.cpp" line="49"/>
        <source>The event mapping for %1 has no &quot;events&quot; table.</source>
        <translation>Die Ereigniszuordnung für %1 hat keine Tabelle „events“.</translation>
    </message>
    <message>
        <location filename="../core/eventmapping.cpp" line="57"/>
        <source>The event mapping for %1 maps &quot;%2&quot; to &quot;%3&quot;, which is not a generic event type. Known types: %4.</source>
        <translation>Die Ereigniszuordnung für %1 bildet „%2“ auf „%3“ ab, das kein allgemeiner Ereignistyp ist. Bekannte Typen: %4.</translation>
    </message>
    <message>
        <location filename="../core/eventmapping.cpp" line="61"/>
        <source>a non-string value</source>
        <translation>einen Wert, der kein Text ist</translation>
    </message>
    <message>
        <location filename="../core/eventmapping.cpp" line="77"/>
        <source>refresh policy</source>
        <translation>Aktualisierungsrichtlinie</translation>
    </message>
    <message>
        <location filename="../core/eventmapping.cpp" line="91"/>
        <source>The refresh policy says &quot;%1&quot; for &quot;%2&quot;; use none, target or full.</source>
        <translation>Die Aktualisierungsrichtlinie nennt „%1“ für „%2“; verwenden Sie none, target oder full.</translation>
    </message>
</context>
<context>
    <name>Vantage::EventStore</name>
    <message>
        <location filename="../core/eventstore.cpp" line="100"/>
        <location filename="../core/eventstore.cpp" line="132"/>
        <location filename="../core/eventstore.cpp" line="138"/>
        <source>Events could not be stored: %1</source>
        <translation>Ereignisse konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Vantage::EventTypeStyle</name>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="21"/>
        <source>VM created</source>
        <translation>VM erstellt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="22"/>
        <source>VM deleted</source>
        <translation>VM gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="23"/>
        <source>VM powered on</source>
        <translation>VM eingeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="24"/>
        <source>VM powered off</source>
        <translation>VM ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="25"/>
        <source>VM suspended</source>
        <translation>VM in den Ruhezustand versetzt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="26"/>
        <source>VM resumed</source>
        <translation>VM fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="27"/>
        <source>VM reconfigured</source>
        <translation>VM umkonfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="29"/>
        <source>VM migrated</source>
        <translation>VM migriert</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="30"/>
        <source>VM rebooted</source>
        <translation>VM neu gestartet</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="31"/>
        <source>VM crashed</source>
        <translation>VM abgestürzt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="32"/>
        <source>VM device added</source>
        <translation>VM-Gerät hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="34"/>
        <source>VM device removed</source>
        <translation>VM-Gerät entfernt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="36"/>
        <source>VM retirement warning</source>
        <translation>Warnung zur Außerbetriebnahme einer VM</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="38"/>
        <source>VM retired</source>
        <translation>VM außer Betrieb genommen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="39"/>
        <source>Host connected</source>
        <translation>Host verbunden</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="40"/>
        <source>Host disconnected</source>
        <translation>Host getrennt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="42"/>
        <source>Network created</source>
        <translation>Netzwerk erstellt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="44"/>
        <source>Network deleted</source>
        <translation>Netzwerk gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="46"/>
        <source>Network started</source>
        <translation>Netzwerk gestartet</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="48"/>
        <source>Network stopped</source>
        <translation>Netzwerk gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="50"/>
        <source>Storage created</source>
        <translation>Speicher erstellt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="52"/>
        <source>Storage deleted</source>
        <translation>Speicher gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="54"/>
        <source>Storage started</source>
        <translation>Speicher gestartet</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="56"/>
        <source>Storage stopped</source>
        <translation>Speicher gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="58"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Vantage::EventsPanel</name>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="80"/>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="98"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="109"/>
        <source>Event columns</source>
        <translation>Ereignisspalten</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="168"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="171"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="173"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="177"/>
        <source>Object name</source>
        <translation>Objektname</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="178"/>
        <source>Name contains</source>
        <translation>Name enthält</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="180"/>
        <source>&amp;Object:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="185"/>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="190"/>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="191"/>
        <source>Search messages, names and objects</source>
        <translation>Meldungen, Namen und Objekte durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="196"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="197"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="198"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="199"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="200"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="201"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="202"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="210"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="211"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="212"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="226"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="226"/>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="227"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="227"/>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="228"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="228"/>
        <source>Show all loaded events (Home)</source>
        <translation>Alle geladenen Ereignisse zeigen (Pos1)</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="233"/>
        <source>Event count</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="248"/>
        <location filename="../ui/events/eventspanel.cpp" line="296"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="250"/>
        <location filename="../ui/events/eventspanel.cpp" line="298"/>
        <source>No types</source>
        <translation>Keine Typen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="302"/>
        <source>%1 of %2 types</source>
        <translation>%1 von %2 Typen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="304"/>
        <source>Event types shown: %1</source>
        <translation>Gezeigte Ereignistypen: %1</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="311"/>
        <source>All managers</source>
        <translation>Alle Manager</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="315"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="336"/>
        <source>Events of %1</source>
        <translation>Ereignisse von %1</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="530"/>
        <source>Events: %1 loaded</source>
        <translation>Ereignisse: %1 geladen</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="532"/>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <location filename="../ui/events/eventspanel.cpp" line="534"/>
        <source>Events: %1 of %2</source>
        <translation>Ereignisse: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Vantage::ExtFilesystem</name>
    <message>
        <location filename="../core/smartstate/extfilesystem.cpp" line="201"/>
        <source>no ext2/3/4 file system</source>
        <translation>kein ext2/3/4-Dateisystem</translation>
    </message>
    <message>
        <location filename="../core/smartstate/extfilesystem.cpp" line="215"/>
        <source>damaged ext file system: block size 2^%1 KiB is invalid</source>
        <translation>beschädigtes ext-Dateisystem: Blockgröße 2^%1 KiB ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/extfilesystem.cpp" line="220"/>
        <source>the ext file system needs %1 bytes but its volume has %2 (a truncated image?)</source>
        <translation>das ext-Dateisystem braucht %1 Bytes, sein Volume hat aber nur %2 (ein abgeschnittenes Image?)</translation>
    </message>
    <message>
        <location filename="../core/smartstate/extfilesystem.cpp" line="239"/>
        <source>damaged ext file system: %1</source>
        <translation>beschädigtes ext-Dateisystem: %1</translation>
    </message>
    <message>
        <location filename="../core/smartstate/extfilesystem.cpp" line="263"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/smartstate/extfilesystem.cpp" line="263"/>
        <location filename="../core/smartstate/extfilesystem.cpp" line="278"/>
        <location filename="../core/smartstate/extfilesystem.cpp" line="351"/>
        <location filename="../core/smartstate/extfilesystem.cpp" line="405"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/smartstate/extfilesystem.cpp" line="334"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/smartstate/extfilesystem.cpp" line="338"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/smartstate/extfilesystem.cpp" line="399"/>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
</context>
<context>
    <name>Vantage::HostFile</name>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="36"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="40"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="44"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="54"/>
        <source>%1 offset beyond end of file</source>
        <translation>Offset von %1 liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="60"/>
        <source>cannot seek in %1: %2</source>
        <translation>in %1 kann nicht positioniert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="65"/>
        <source>cannot read %1 from %2: %3</source>
        <translation>%1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/smartstate/diskimage.cpp" line="67"/>
        <source>file shrank while reading</source>
        <translation>Datei wurde beim Lesen kleiner</translation>
    </message>
</context>
<context>
    <name>Vantage::InventoryTreeModel</name>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="85"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="87"/>
        <source>Powered off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="89"/>
        <source>Suspended</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="91"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="93"/>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="95"/>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="96"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="106"/>
        <location filename="../ui/inventorytreemodel.cpp" line="199"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="106"/>
        <location filename="../ui/inventorytreemodel.cpp" line="201"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="106"/>
        <location filename="../ui/inventorytreemodel.cpp" line="467"/>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="204"/>
        <source>The last refresh failed; the inventory shown may be out of date.
%1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen; das gezeigte Inventar ist womöglich nicht aktuell.
%1</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="107"/>
        <location filename="../ui/inventorytreemodel.cpp" line="207"/>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="107"/>
        <location filename="../ui/inventorytreemodel.cpp" line="209"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="225"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="225"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="305"/>
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="321"/>
        <location filename="../ui/inventorytreemodel.cpp" line="369"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="106"/>
        <location filename="../ui/inventorytreemodel.cpp" line="340"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="343"/>
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="107"/>
        <location filename="../ui/inventorytreemodel.cpp" line="394"/>
        <location filename="../ui/inventorytreemodel.cpp" line="424"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="107"/>
        <location filename="../ui/inventorytreemodel.cpp" line="394"/>
        <location filename="../ui/inventorytreemodel.cpp" line="424"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="368"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="369"/>
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="419"/>
        <source>%1 free of %2</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="471"/>
        <source>Retired %1</source>
        <translation>Außer Betrieb genommen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="484"/>
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="485"/>
        <source>%n storage pool(s)</source>
        <translation>
            <numerusform>%n Speicherpool</numerusform>
            <numerusform>%n Speicherpools</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="768"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="804"/>
        <source>The provider&apos;s last refresh failed; this may be out of date.</source>
        <translation>Die letzte Aktualisierung des Providers ist fehlgeschlagen; dies ist womöglich nicht aktuell.</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="858"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="860"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="862"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Vantage::LibvirtError</name>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="26"/>
        <source>%1 (libvirt: %2)</source>
        <translation>%1 (libvirt: %2)</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="62"/>
        <source>Authentication to %1 failed.</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="63"/>
        <source>Check the user name and password saved for this provider, or the SSH key or SASL setup of that host.</source>
        <translation>Prüfen Sie Benutzername und Passwort dieses Providers oder die Einrichtung von SSH-Schlüssel oder SASL auf diesem Host.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="70"/>
        <source>No libvirt driver on this machine handles %1.</source>
        <translation>Kein libvirt-Treiber auf diesem Rechner kann %1 verarbeiten.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="71"/>
        <source>Check the URI&apos;s driver (qemu, test, xen, lxc, ...) and that the matching libvirt client package is installed.</source>
        <translation>Prüfen Sie den Treiber der URI (qemu, test, xen, lxc, …) und ob das passende libvirt-Client-Paket installiert ist.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="83"/>
        <source>The test driver file %1 is not a valid libvirt node file.</source>
        <translation>Die Testtreiber-Datei %1 ist keine gültige libvirt-Knotendatei.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="84"/>
        <source>Fix the XML at the place libvirt names, or regenerate the file.</source>
        <translation>Korrigieren Sie das XML an der Stelle, die libvirt nennt, oder erzeugen Sie die Datei neu.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="91"/>
        <source>%1 is not a usable test driver URI.</source>
        <translation>%1 ist keine verwendbare Testtreiber-URI.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="92"/>
        <source>Use test:///default or test:///absolute/path/to/node.xml.</source>
        <translation>Verwenden Sie test:///default oder test:///absoluter/pfad/zu/node.xml.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="101"/>
        <source>Could not reach the libvirt daemon at %1.</source>
        <translation>Der libvirt-Dienst unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="103"/>
        <source>The host answered but nothing listens on that port: check that libvirtd (or virtproxyd) accepts remote connections there and that no firewall blocks it.</source>
        <translation>Der Host antwortet, aber an diesem Port lauscht nichts: Prüfen Sie, ob libvirtd (oder virtproxyd) dort entfernte Verbindungen annimmt und keine Firewall sie blockiert.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="108"/>
        <source>The libvirt daemon does not seem to run: start libvirtd or virtqemud on that host.</source>
        <translation>Der libvirt-Dienst scheint nicht zu laufen: Starten Sie libvirtd oder virtqemud auf diesem Host.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="112"/>
        <source>The host name could not be resolved: check its spelling and DNS.</source>
        <translation>Der Hostname konnte nicht aufgelöst werden: Prüfen Sie Schreibweise und DNS.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="114"/>
        <source>This user may not use that libvirt socket: add it to the libvirt group or use qemu:///session.</source>
        <translation>Dieser Benutzer darf den libvirt-Socket nicht verwenden: Fügen Sie ihn der Gruppe libvirt hinzu oder verwenden Sie qemu:///session.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="117"/>
        <source>Check that the host is up and reachable from this machine.</source>
        <translation>Prüfen Sie, ob der Host läuft und von diesem Rechner aus erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="125"/>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="126"/>
        <source>The host or its libvirt daemon went away; the next refresh reconnects.</source>
        <translation>Der Host oder sein libvirt-Dienst ist nicht mehr erreichbar; die nächste Aktualisierung verbindet neu.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="132"/>
        <source>libvirt reported an error for %1.</source>
        <translation>libvirt meldet einen Fehler für %1.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirterror.cpp" line="133"/>
        <source>No further detail was given.</source>
        <translation>Weitere Einzelheiten wurden nicht genannt.</translation>
    </message>
</context>
<context>
    <name>Vantage::LibvirtEventHub</name>
    <message>
        <location filename="../providers/libvirt/libvirteventhub.cpp" line="209"/>
        <source>The libvirt session already delivers events to another subscriber.</source>
        <translation>Die libvirt-Sitzung liefert ihre Ereignisse bereits an einen anderen Empfänger.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirteventhub.cpp" line="210"/>
        <source>Unsubscribe first.</source>
        <translation>Beenden Sie zuerst das bestehende Abonnement.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirteventhub.cpp" line="217"/>
        <source>Connect again.</source>
        <translation>Verbinden Sie erneut.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirteventhub.cpp" line="365"/>
        <source>The connection to %1 was closed by the other side.</source>
        <translation>Die Verbindung zu %1 wurde von der Gegenseite geschlossen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirteventhub.cpp" line="368"/>
        <source>The connection to %1 stopped answering (keepalive timed out).</source>
        <translation>Die Verbindung zu %1 antwortet nicht mehr (Keepalive-Zeitüberschreitung).</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirteventhub.cpp" line="371"/>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirteventhub.cpp" line="375"/>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Vantage::LibvirtProviderType</name>
    <message>
        <location filename="../providers/libvirt/libvirtprovidertype.cpp" line="23"/>
        <source>libvirt (KVM/QEMU)</source>
        <translation>libvirt (KVM/QEMU)</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtprovidertype.cpp" line="34"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtprovidertype.cpp" line="64"/>
        <source>1 host</source>
        <translation>1 Host</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtprovidertype.cpp" line="64"/>
        <source>%1 hosts</source>
        <translation>%1 Hosts</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtprovidertype.cpp" line="65"/>
        <source>1 VM</source>
        <translation>1 VM</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtprovidertype.cpp" line="65"/>
        <source>%1 VMs</source>
        <translation>%1 VMs</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtprovidertype.cpp" line="66"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Vantage::LibvirtSession</name>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="186"/>
        <source>The collection was cancelled.</source>
        <translation>Das Abrufen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="253"/>
        <source>The provider has no URI.</source>
        <translation>Der Provider hat keine URI.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="254"/>
        <source>Add at least one libvirt URI, for example qemu:///system.</source>
        <translation>Fügen Sie mindestens eine libvirt-URI hinzu, zum Beispiel qemu:///system.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="266"/>
        <source>%1 and %2 lead to the same host.</source>
        <translation>%1 und %2 führen zum selben Host.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="267"/>
        <source>Remove one of the two URIs.</source>
        <translation>Entfernen Sie eine der beiden URIs.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="282"/>
        <source>%1 cannot be used.</source>
        <translation>%1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="289"/>
        <source>The test driver file %1 does not exist.</source>
        <translation>Die Testtreiber-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="290"/>
        <source>Check the path; a test URI needs an absolute path, as in test:///srv/lab/node.xml.</source>
        <translation>Prüfen Sie den Pfad; eine Test-URI braucht einen absoluten Pfad, wie in test:///srv/lab/node.xml.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="301"/>
        <source>unable to connect to %1:%2: %3</source>
        <translation>Verbindung zu %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="606"/>
        <source>Reading host %1</source>
        <translation>Host %1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="658"/>
        <source>Reading domains on %1</source>
        <translation>Domains auf %1 werden gelesen</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="708"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsessionmetrics.cpp" line="233"/>
        <source>The host or its libvirt daemon went away; the next refresh reconnects.</source>
        <translation>Der Host oder sein libvirt-Dienst ist nicht mehr erreichbar; die nächste Aktualisierung verbindet neu.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="89"/>
        <source>The libvirt driver of %1 does not offer this (libvirt: %2).</source>
        <translation>Der libvirt-Treiber von %1 bietet dies nicht an (libvirt: %2).</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="92"/>
        <source>libvirt gave no reason.</source>
        <translation>libvirt hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="93"/>
        <source>libvirt: %1</source>
        <translation>libvirt: %1</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="102"/>
        <source>running</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="104"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="106"/>
        <source>shutting down</source>
        <translation>im Herunterfahren</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="108"/>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="110"/>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="112"/>
        <source>suspended by its guest</source>
        <translation>vom Gastsystem in den Ruhezustand versetzt</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="114"/>
        <source>in an unknown state</source>
        <translation>in einem unbekannten Zustand</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="122"/>
        <source>VM %1 is %2, so it cannot be started.</source>
        <translation>VM %1 ist %2 und kann daher nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="124"/>
        <source>VM %1 is %2, so it cannot be shut down.</source>
        <translation>VM %1 ist %2 und kann daher nicht heruntergefahren werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="126"/>
        <source>VM %1 is %2, so it cannot be powered off.</source>
        <translation>VM %1 ist %2 und kann daher nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="128"/>
        <source>VM %1 is %2, so it cannot be rebooted.</source>
        <translation>VM %1 ist %2 und kann daher nicht neu gestartet werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="130"/>
        <source>VM %1 is %2, so it cannot be reset.</source>
        <translation>VM %1 ist %2 und kann daher nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="132"/>
        <source>VM %1 is %2, so it cannot be suspended.</source>
        <translation>VM %1 ist %2 und kann daher nicht in den Ruhezustand versetzt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="134"/>
        <source>VM %1 is %2, so it cannot be resumed.</source>
        <translation>VM %1 ist %2 und kann daher nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="143"/>
        <source>Could not start VM %1.</source>
        <translation>VM %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="145"/>
        <source>Could not shut down VM %1.</source>
        <translation>VM %1 konnte nicht heruntergefahren werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="147"/>
        <source>Could not power off VM %1.</source>
        <translation>VM %1 konnte nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="149"/>
        <source>Could not reboot VM %1.</source>
        <translation>VM %1 konnte nicht neu gestartet werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="151"/>
        <source>Could not reset VM %1.</source>
        <translation>VM %1 konnte nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="153"/>
        <source>Could not suspend VM %1.</source>
        <translation>VM %1 konnte nicht in den Ruhezustand versetzt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="155"/>
        <source>Could not resume VM %1.</source>
        <translation>VM %1 konnte nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="295"/>
        <source>Host %1 is not part of this provider.</source>
        <translation>Host %1 gehört nicht zu diesem Provider.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="296"/>
        <source>Refresh the provider and choose the host again.</source>
        <translation>Aktualisieren Sie den Provider und wählen Sie den Host erneut.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="313"/>
        <source>Could not look up VM %1.</source>
        <translation>VM %1 konnte nicht gefunden werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="320"/>
        <source>Could not read the state of VM %1.</source>
        <translation>Der Zustand von VM %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="335"/>
        <source>VM %1 was not found on any host of this provider.</source>
        <translation>VM %1 wurde auf keinem Host dieses Providers gefunden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="336"/>
        <source>It may have been removed outside Vantage; refresh the provider.</source>
        <translation>Sie wurde womöglich außerhalb von Vantage entfernt; aktualisieren Sie den Provider.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="360"/>
        <source>Storage pool %1 is on host %2, not on host %3.</source>
        <translation>Speicherpool %1 liegt auf Host %2, nicht auf Host %3.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="362"/>
        <source>Choose a pool of host %1.</source>
        <translation>Wählen Sie einen Pool von Host %1.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="365"/>
        <source>%1 is not a storage pool of this provider.</source>
        <translation>%1 ist kein Speicherpool dieses Providers.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="366"/>
        <source>Refresh the provider and choose the pool again.</source>
        <translation>Aktualisieren Sie den Provider und wählen Sie den Pool erneut.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="377"/>
        <source>Storage pool %1 was not found on host %2.</source>
        <translation>Speicherpool %1 wurde auf Host %2 nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="378"/>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="416"/>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="457"/>
        <source>It may have been removed; refresh the provider.</source>
        <translation>Er wurde womöglich entfernt; aktualisieren Sie den Provider.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="382"/>
        <source>Storage pool %1 on host %2 is not active.</source>
        <translation>Speicherpool %1 auf Host %2 ist nicht aktiv.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="384"/>
        <source>Start the pool or choose another one.</source>
        <translation>Starten Sie den Pool oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="398"/>
        <source>Network %1 is on host %2, not on host %3.</source>
        <translation>Netzwerk %1 liegt auf Host %2, nicht auf Host %3.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="400"/>
        <source>Choose a network of host %1.</source>
        <translation>Wählen Sie ein Netzwerk von Host %1.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="403"/>
        <source>%1 is not a network of this provider.</source>
        <translation>%1 ist kein Netzwerk dieses Providers.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="404"/>
        <source>Refresh the provider and choose the network again.</source>
        <translation>Aktualisieren Sie den Provider und wählen Sie das Netzwerk erneut.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="415"/>
        <source>Network %1 was not found on host %2.</source>
        <translation>Netzwerk %1 wurde auf Host %2 nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="422"/>
        <source>Network %1 on host %2 is not active.</source>
        <translation>Netzwerk %1 auf Host %2 ist nicht aktiv.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="423"/>
        <source>Start the network or choose another one.</source>
        <translation>Starten Sie das Netzwerk oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="438"/>
        <source>Volume %1 is on another host than %2.</source>
        <translation>Volume %1 liegt auf einem anderen Host als %2.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="440"/>
        <source>Choose a volume of host %1.</source>
        <translation>Wählen Sie ein Volume von Host %1.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="442"/>
        <source>%1 is not a storage volume of this provider.</source>
        <translation>%1 ist kein Speicher-Volume dieses Providers.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="444"/>
        <source>Refresh the provider and choose the volume again.</source>
        <translation>Aktualisieren Sie den Provider und wählen Sie das Volume erneut.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="455"/>
        <source>Volume %1 was not found in storage pool %2.</source>
        <translation>Volume %1 wurde in Speicherpool %2 nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="483"/>
        <source>VM %1 cannot have a negative number of vCPUs or amount of memory.</source>
        <translation>VM %1 kann keine negative Anzahl von vCPUs oder negative Speichermenge haben.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="486"/>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="697"/>
        <source>Give positive values.</source>
        <translation>Geben Sie positive Werte an.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="492"/>
        <source>Could not read the limits of host %1.</source>
        <translation>Die Grenzwerte von Host %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="499"/>
        <source>VM %1 cannot have %2 vCPUs: the hypervisor on host %3 allows at most %4 per VM.</source>
        <translation>VM %1 kann keine %2 vCPUs haben: Der Hypervisor auf Host %3 erlaubt höchstens %4 pro VM.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="506"/>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="515"/>
        <source>Choose %1 or fewer.</source>
        <translation>Wählen Sie %1 oder weniger.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="510"/>
        <source>VM %1 cannot have %2 vCPUs: host %3 has %4 CPUs.</source>
        <translation>VM %1 kann keine %2 vCPUs haben: Host %3 hat %4 CPUs.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="520"/>
        <source>VM %1 cannot have %2 of memory: host %3 has %4.</source>
        <translation>VM %1 kann nicht %2 Arbeitsspeicher haben: Host %3 hat %4.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="522"/>
        <source>Choose %1 or less.</source>
        <translation>Wählen Sie %1 oder weniger.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="534"/>
        <source>A disk of %1 does not fit in storage pool %2, which holds %3 in all.</source>
        <translation>Eine Festplatte mit %1 passt nicht in Speicherpool %2, der insgesamt %3 fasst.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="538"/>
        <source>Choose a smaller disk or a larger pool.</source>
        <translation>Wählen Sie eine kleinere Festplatte oder einen größeren Pool.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="550"/>
        <source>Could not read the definition of VM %1.</source>
        <translation>Die Definition von VM %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="561"/>
        <source>The definition of VM %1 could not be read.</source>
        <translation>Die Definition von VM %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="573"/>
        <source>Could not create a disk in storage pool %1.</source>
        <translation>Im Speicherpool %1 konnte keine Festplatte angelegt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="605"/>
        <source>VM %1 has disks to copy, but no storage pool was chosen.</source>
        <translation>VM %1 hat Festplatten zum Kopieren, aber es wurde kein Speicherpool gewählt.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="607"/>
        <source>Choose the pool that receives the new VM&apos;s disks.</source>
        <translation>Wählen Sie den Pool, der die Festplatten der neuen VM aufnimmt.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="619"/>
        <source>Could not read disk %1 of VM %2.</source>
        <translation>Festplatte %1 von VM %2 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="626"/>
        <source>The new disk (%1) cannot be smaller than disk %2 of VM %3 (%4).</source>
        <translation>Die neue Festplatte (%1) darf nicht kleiner sein als Festplatte %2 von VM %3 (%4).</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="630"/>
        <source>Choose at least %1, or leave the size as the source&apos;s.</source>
        <translation>Wählen Sie mindestens %1 oder lassen Sie die Größe wie bei der Quelle.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="651"/>
        <source>Disk %1 of VM %2 is not in a storage pool, and its size is unknown.</source>
        <translation>Festplatte %1 von VM %2 liegt in keinem Speicherpool, und ihre Größe ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="655"/>
        <source>Give the size of the new VM&apos;s disk.</source>
        <translation>Geben Sie die Größe der Festplatte der neuen VM an.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="683"/>
        <source>&quot;%1&quot; cannot be a VM name.</source>
        <translation>„%1“ kann kein VM-Name sein.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="684"/>
        <source>Use a name without slashes, line breaks or surrounding spaces.</source>
        <translation>Verwenden Sie einen Namen ohne Schrägstriche, Zeilenumbrüche oder umgebende Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="689"/>
        <source>VM %1 needs exactly one source.</source>
        <translation>VM %1 braucht genau eine Quelle.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="690"/>
        <source>Choose a VM to clone, or an image or ISO volume.</source>
        <translation>Wählen Sie eine VM zum Klonen oder ein Image- bzw. ISO-Volume.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="695"/>
        <source>VM %1 needs at least one vCPU, and sizes cannot be negative.</source>
        <translation>VM %1 braucht mindestens eine vCPU, und Größen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="711"/>
        <source>A VM named %1 already exists on host %2.</source>
        <translation>Auf Host %2 existiert bereits eine VM namens %1.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="713"/>
        <source>Choose another name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="718"/>
        <source>Could not check whether the name %1 is free.</source>
        <translation>Es konnte nicht geprüft werden, ob der Name %1 frei ist.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="744"/>
        <source>VM %1 is on host %2; a clone is made on the same host.</source>
        <translation>VM %1 liegt auf Host %2; ein Klon wird auf demselben Host erstellt.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="746"/>
        <source>Place the new VM on host %1.</source>
        <translation>Platzieren Sie die neue VM auf Host %1.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="750"/>
        <source>VM %1 is %2; shut it down before cloning it.</source>
        <translation>VM %1 ist %2; fahren Sie sie vor dem Klonen herunter.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="752"/>
        <source>A running VM&apos;s disks change while they are copied.</source>
        <translation>Die Festplatten einer laufenden VM ändern sich, während sie kopiert werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="777"/>
        <source>VM %1 needs a storage pool for its disk.</source>
        <translation>VM %1 braucht einen Speicherpool für ihre Festplatte.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="778"/>
        <source>Choose the pool that receives the new VM&apos;s disk.</source>
        <translation>Wählen Sie den Pool, der die Festplatte der neuen VM aufnimmt.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="782"/>
        <source>VM %1 needs an amount of memory.</source>
        <translation>VM %1 braucht eine Arbeitsspeichergröße.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="783"/>
        <source>Give its memory size.</source>
        <translation>Geben Sie ihre Arbeitsspeichergröße an.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="790"/>
        <source>Host %1 offers no hardware-virtualised guests.</source>
        <translation>Host %1 bietet keine hardwarevirtualisierten Gäste an.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="792"/>
        <source>Check the hypervisor on that host.</source>
        <translation>Prüfen Sie den Hypervisor auf diesem Host.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="804"/>
        <source>Could not read volume %1.</source>
        <translation>Volume %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="815"/>
        <source>VM %1 needs the size of its disk.</source>
        <translation>VM %1 braucht die Größe ihrer Festplatte.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="816"/>
        <source>Give the size of the blank disk the ISO installs onto.</source>
        <translation>Geben Sie die Größe der leeren Festplatte an, auf die das ISO installiert.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="827"/>
        <source>The new disk (%1) cannot be smaller than its image (%2).</source>
        <translation>Die neue Festplatte (%1) darf nicht kleiner sein als ihr Image (%2).</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="830"/>
        <source>Choose at least %1, or leave the size as the image&apos;s.</source>
        <translation>Wählen Sie mindestens %1 oder lassen Sie die Größe wie beim Image.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="870"/>
        <source>Host %1 refused the definition of VM %2.</source>
        <translation>Host %1 hat die Definition von VM %2 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="877"/>
        <source>VM %1 was created but could not be started; it was removed again.</source>
        <translation>VM %1 wurde erstellt, konnte aber nicht gestartet werden; sie wurde wieder entfernt.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="886"/>
        <source>Could not read the identity of the new VM %1.</source>
        <translation>Die Identität der neuen VM %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="946"/>
        <source>VM %1 is running and can take at most %2 vCPUs until it restarts.</source>
        <translation>VM %1 läuft und kann bis zu ihrem Neustart höchstens %2 vCPUs erhalten.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="950"/>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="962"/>
        <source>Apply the change at next boot instead, or shut the VM down first.</source>
        <translation>Übernehmen Sie die Änderung stattdessen beim nächsten Start oder fahren Sie die VM zuerst herunter.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="958"/>
        <source>VM %1 is running and can take at most %2 of memory until it restarts.</source>
        <translation>VM %1 läuft und kann bis zu ihrem Neustart höchstens %2 Arbeitsspeicher erhalten.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="980"/>
        <source>VM %1 has no disk %2.</source>
        <translation>VM %1 hat keine Festplatte %2.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="981"/>
        <source>Refresh the provider and choose the disk again.</source>
        <translation>Aktualisieren Sie den Provider und wählen Sie die Festplatte erneut.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="996"/>
        <source>VM %1 has no network interface %2.</source>
        <translation>VM %1 hat keine Netzwerkschnittstelle %2.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="997"/>
        <source>Refresh the provider and choose the interface again.</source>
        <translation>Aktualisieren Sie den Provider und wählen Sie die Schnittstelle erneut.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1005"/>
        <source>A new disk of VM %1 needs a size.</source>
        <translation>Eine neue Festplatte von VM %1 braucht eine Größe.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1006"/>
        <source>Give a positive size.</source>
        <translation>Geben Sie eine positive Größe an.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1034"/>
        <source>Could not give VM %1 %2 vCPUs.</source>
        <translation>VM %1 konnten keine %2 vCPUs zugewiesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1051"/>
        <source>Could not give VM %1 %2 of memory.</source>
        <translation>VM %1 konnten keine %2 Arbeitsspeicher zugewiesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1069"/>
        <source>Could not remove disk %1 from VM %2.</source>
        <translation>Festplatte %1 konnte nicht von VM %2 entfernt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1077"/>
        <source>Could not remove network interface %1 from VM %2.</source>
        <translation>Netzwerkschnittstelle %1 konnte nicht von VM %2 entfernt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1109"/>
        <source>Could not add disk %1 to VM %2.</source>
        <translation>Festplatte %1 konnte nicht zu VM %2 hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1121"/>
        <source>Could not add a network interface on %1 to VM %2.</source>
        <translation>Eine Netzwerkschnittstelle an %1 konnte nicht zu VM %2 hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1140"/>
        <source>VM %1 is %2; shut it down before removing it.</source>
        <translation>VM %1 ist %2; fahren Sie sie vor dem Entfernen herunter.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1142"/>
        <source>Shut it down or power it off first.</source>
        <translation>Fahren Sie sie zuerst herunter oder schalten Sie sie aus.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1162"/>
        <source>Could not delete disk %1 of VM %2; the VM was not removed.</source>
        <translation>Festplatte %1 von VM %2 konnte nicht gelöscht werden; die VM wurde nicht entfernt.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1172"/>
        <source>Could not remove VM %1.</source>
        <translation>VM %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1190"/>
        <source>Refresh the provider to see its current state.</source>
        <translation>Aktualisieren Sie den Provider, um ihren aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtoperations.cpp" line="1256"/>
        <source>Could not read the disks of VM %1.</source>
        <translation>Die Festplatten von VM %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Vantage::LibvirtUri</name>
    <message>
        <location filename="../providers/libvirt/libvirturi.cpp" line="47"/>
        <source>Enter a libvirt URI, for example qemu:///system.</source>
        <translation>Geben Sie eine libvirt-URI ein, zum Beispiel qemu:///system.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirturi.cpp" line="49"/>
        <source>&quot;%1&quot; is not a libvirt URI: it needs the form driver[+transport]://[user@][host]/path, for example qemu+ssh://root@kvm1/system.</source>
        <translation>„%1“ ist keine libvirt-URI: Sie braucht die Form treiber[+transport]://[benutzer@][host]/pfad, zum Beispiel qemu+ssh://root@kvm1/system.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirturi.cpp" line="56"/>
        <source>&quot;%1&quot; is not a valid URI: %2.</source>
        <translation>„%1“ ist keine gültige URI: %2.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirturi.cpp" line="61"/>
        <source>&quot;%1&quot; is not a libvirt driver. Use one of qemu, test, xen, lxc, esx, vbox, hyperv, bhyve, ch, openvz or vz, as in qemu:///system.</source>
        <translation>„%1“ ist kein libvirt-Treiber. Verwenden Sie qemu, test, xen, lxc, esx, vbox, hyperv, bhyve, ch, openvz oder vz, wie in qemu:///system.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirturi.cpp" line="65"/>
        <source>&quot;%1&quot; is not a libvirt transport. Use ssh, libssh, libssh2, tcp, tls, unix or ext, as in qemu+ssh://root@kvm1/system.</source>
        <translation>„%1“ ist kein libvirt-Transport. Verwenden Sie ssh, libssh, libssh2, tcp, tls, unix oder ext, wie in qemu+ssh://root@kvm1/system.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirturi.cpp" line="69"/>
        <source>The %1 transport needs a host name, as in %2://kvm1.example.com/system.</source>
        <translation>Der Transport %1 braucht einen Hostnamen, wie in %2://kvm1.example.com/system.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirturi.cpp" line="74"/>
        <source>The test driver runs locally: write test:///default or test:///absolute/path/to/node.xml.</source>
        <translation>Der Testtreiber läuft lokal: Schreiben Sie test:///default oder test:///absoluter/pfad/zu/node.xml.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirturi.cpp" line="77"/>
        <source>The test driver needs test:///default or the absolute path of a node file, as in test:///srv/lab/node.xml.</source>
        <translation>Der Testtreiber braucht test:///default oder den absoluten Pfad einer Knotendatei, wie in test:///srv/lab/node.xml.</translation>
    </message>
</context>
<context>
    <name>Vantage::LifecycleForms</name>
    <message>
        <location filename="../ui/lifecycle/lifecycleforms.cpp" line="47"/>
        <source>Request Not Submitted</source>
        <translation>Anforderung nicht eingereicht</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/lifecycleforms.cpp" line="48"/>
        <source>The request “%1” could not be stored: %2</source>
        <translation>Die Anforderung „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/lifecycleforms.cpp" line="51"/>
        <source>Nothing was changed. Check that the database is writable and try again.</source>
        <translation>Es wurde nichts verändert. Prüfen Sie, ob die Datenbank beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Vantage::Lvm</name>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="44"/>
        <source>LVM metadata is malformed near character %1</source>
        <translation>LVM-Metadaten sind nahe Zeichen %1 fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="194"/>
        <source>LVM logical volume has no segment at offset %1</source>
        <translation>Logisches LVM-Volume hat kein Segment an Offset %1</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="251"/>
        <source>LVM label points its header outside its sector</source>
        <translation>LVM-Label verweist mit seinem Header außerhalb seines Sektors</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="271"/>
        <source>LVM physical volume header is malformed</source>
        <translation>Header des physischen LVM-Volumes ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="276"/>
        <source>LVM physical volume has no metadata area</source>
        <translation>Physisches LVM-Volume hat keinen Metadatenbereich</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="281"/>
        <source>LVM metadata area lies outside its volume</source>
        <translation>LVM-Metadatenbereich liegt außerhalb seines Volumes</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="288"/>
        <source>LVM metadata area header has no magic</source>
        <translation>Header des LVM-Metadatenbereichs hat keine Magic-Nummer</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="296"/>
        <source>LVM metadata text lies outside its area (or wraps around it)</source>
        <translation>LVM-Metadatentext liegt außerhalb seines Bereichs (oder läuft über dessen Ende hinaus)</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="336"/>
        <source>LVM volume group %1: metadata is incomplete</source>
        <translation>LVM-Volumegruppe %1: Metadaten sind unvollständig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="370"/>
        <source>segment type %1 is not read</source>
        <translation>Segmenttyp %1 wird nicht gelesen</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="376"/>
        <source>physical volume %1 is not among the VM&apos;s disks</source>
        <translation>physisches Volume %1 gehört nicht zu den Festplatten der VM</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="382"/>
        <source>a segment is malformed</source>
        <translation>ein Segment ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="389"/>
        <source>a segment lies outside its physical volume</source>
        <translation>ein Segment liegt außerhalb seines physischen Volumes</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="397"/>
        <source>it has no segments</source>
        <translation>es hat keine Segmente</translation>
    </message>
    <message>
        <location filename="../core/smartstate/lvm.cpp" line="400"/>
        <source>LVM logical volume %1/%2 not read: %3</source>
        <translation>Logisches LVM-Volume %1/%2 nicht gelesen: %3</translation>
    </message>
</context>
<context>
    <name>Vantage::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Filter VMs by name</source>
        <translation>VMs nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>Filter VMs by name (Ctrl+F)</source>
        <translation>VMs nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Selected object</source>
        <translation>Ausgewähltes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>SmartState analysis</source>
        <translation>SmartState-Analyse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;SmartState</source>
        <translation>&amp;SmartState</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Top Consumers</source>
        <translation>Top-Verbraucher</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&amp;Add Provider…</source>
        <translation>Provider &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>Add a provider to inventory (Ctrl+N)</source>
        <translation>Einen Provider ins Inventar aufnehmen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>&amp;Edit Provider…</source>
        <translation>Provider b&amp;earbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>Change the selected provider&apos;s name, endpoints or credentials</source>
        <translation>Name, Endpunkte oder Zugangsdaten des ausgewählten Providers ändern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>&amp;Remove Provider…</source>
        <translation>Provider en&amp;tfernen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>Remove the selected provider and its inventory (Delete)</source>
        <translation>Den ausgewählten Provider und sein Inventar entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="340"/>
        <source>Refresh the selected provider&apos;s inventory (F5)</source>
        <translation>Das Inventar des ausgewählten Providers aktualisieren (F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>Refresh &amp;All</source>
        <translation>A&amp;lle aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>Refresh every provider (Ctrl+F5)</source>
        <translation>Alle Provider aktualisieren (Strg+F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>&amp;Workers</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Show the background workers and their health</source>
        <translation>Die Hintergrund-Worker und ihren Zustand zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Berichte…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>Reports on the inventory, events, metrics and requests, exported as CSV (Ctrl+Shift+R)</source>
        <translation>Berichte über Inventar, Ereignisse, Messwerte und Anforderungen, als CSV exportiert (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>&amp;Find VM…</source>
        <translation>VM &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>E&amp;xpand All</source>
        <translation>Alle a&amp;ufklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>&amp;Provision VMs…</source>
        <translation>VMs &amp;bereitstellen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="391"/>
        <source>Provision</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Create VMs: clones, or new ones from an image or ISO (Ctrl+Shift+N)</source>
        <translation>VMs erstellen: Klone oder neue VMs aus einem Image oder ISO (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>Re&amp;configure…</source>
        <translation>&amp;Umkonfigurieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Change the selected VM&apos;s CPUs, memory, disks or network interfaces (Ctrl+Shift+E)</source>
        <translation>CPUs, Arbeitsspeicher, Festplatten oder Netzwerkschnittstellen der ausgewählten VM ändern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>Re&amp;tire…</source>
        <translation>Außer Betrieb &amp;nehmen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Retire the selected VMs now or on a date, with a warning first (Ctrl+Shift+T)</source>
        <translation>Die ausgewählten VMs sofort oder zu einem Datum außer Betrieb nehmen, mit vorheriger Warnung (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>Service &amp;Catalog…</source>
        <translation>Service&amp;katalog…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>Edit and order service templates (Ctrl+Shift+L)</source>
        <translation>Servicevorlagen bearbeiten und bestellen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>Show &amp;Retired VMs</source>
        <translation>Außer Betrieb genommene &amp;VMs zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>List retired VMs, greyed, under their provider (Ctrl+Shift+H)</source>
        <translation>Außer Betrieb genommene VMs ausgegraut unter ihrem Provider auflisten (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>&amp;About Vantage</source>
        <translation>Ü&amp;ber Vantage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="431"/>
        <source>About Vantage</source>
        <translation>Über Vantage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>&lt;p&gt;&lt;b&gt;Vantage&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A console for hybrid infrastructure: providers, hosts, VMs, networks and storage in one inventory.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vantage&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Eine Konsole für hybride Infrastruktur: Provider, Hosts, VMs, Netzwerke und Speicher in einem Inventar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="440"/>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>V&amp;M</source>
        <translation>V&amp;M</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>Show or hide the event timeline of every provider</source>
        <translation>Die Ereignis-Zeitachse aller Provider ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>Show or hide the VMs using the most CPU, memory, disk or network</source>
        <translation>Die VMs mit der höchsten CPU-, Speicher-, Datenträger- oder Netzwerklast ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&amp;Requests</source>
        <translation>&amp;Anforderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="483"/>
        <source>Show the requests and their approvals (Ctrl+R)</source>
        <translation>Die Anforderungen und ihre Genehmigungen zeigen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>&amp;Power</source>
        <translation>&amp;Stromversorgung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="584"/>
        <source>%1 of %n VM(s) match</source>
        <translation>
            <numerusform>Treffer: %1 von %n VM</numerusform>
            <numerusform>Treffer: %1 von %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="586"/>
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="756"/>
        <location filename="../ui/mainwindow.cpp" line="773"/>
        <source>Remove Provider</source>
        <translation>Provider entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <source>Remove the provider “%1”?</source>
        <translation>Den Provider „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="760"/>
        <source>Its cached inventory (hosts, VMs, networks, storage) will be deleted from Vantage, along with its stored credentials. The machines themselves are not touched.</source>
        <translation>Sein zwischengespeichertes Inventar (Hosts, VMs, Netzwerke, Speicher) wird aus Vantage gelöscht, ebenso seine gespeicherten Zugangsdaten. Die Maschinen selbst bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="762"/>
        <source>&amp;Remove Provider</source>
        <translation>Provider &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="774"/>
        <source>The provider “%1” could not be removed: %2</source>
        <translation>Der Provider „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="908"/>
        <source>%n request(s) submitted; they wait for approval (Ctrl+R).</source>
        <translation>
            <numerusform>%n Anforderung eingereicht; sie wartet auf Genehmigung (Strg+R).</numerusform>
            <numerusform>%n Anforderungen eingereicht; sie warten auf Genehmigung (Strg+R).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="910"/>
        <source>%n request(s) submitted; follow them in Requests (Ctrl+R).</source>
        <translation>
            <numerusform>%n Anforderung eingereicht; verfolgen Sie sie unter Anforderungen (Strg+R).</numerusform>
            <numerusform>%n Anforderungen eingereicht; verfolgen Sie sie unter Anforderungen (Strg+R).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::MetricFormat</name>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="13"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="15"/>
        <source>Memory used</source>
        <translation>Speicher belegt</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="17"/>
        <source>Disk read</source>
        <translation>Datenträger lesen</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="19"/>
        <source>Disk write</source>
        <translation>Datenträger schreiben</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="21"/>
        <source>Disk read operations</source>
        <translation>Leseoperationen</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="23"/>
        <source>Disk write operations</source>
        <translation>Schreiboperationen</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="25"/>
        <source>Network received</source>
        <translation>Netzwerk empfangen</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="27"/>
        <source>Network sent</source>
        <translation>Netzwerk gesendet</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="35"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="37"/>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="38"/>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="38"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="38"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="39"/>
        <source>GiB/s</source>
        <translation>GiB/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="39"/>
        <source>TiB/s</source>
        <translation>TiB/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricformat.cpp" line="59"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Vantage::MetricsPanel</name>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="98"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="108"/>
        <source>Metrics of</source>
        <translation>Metriken von</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="110"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="114"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="115"/>
        <source>Realtime</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="116"/>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="117"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="119"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="120"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="121"/>
        <source>Last 4 hours</source>
        <translation>Letzte 4 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="122"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="123"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="124"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="125"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="129"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="130"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="149"/>
        <source>Value under the pointer</source>
        <translation>Wert unter dem Mauszeiger</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="151"/>
        <source>Selected event</source>
        <translation>Ausgewähltes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="156"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="158"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="160"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="211"/>
        <source>Minimum to maximum</source>
        <translation>Minimum bis Maximum</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="232"/>
        <source>Metrics chart</source>
        <translation>Metrikdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="238"/>
        <location filename="../ui/charts/metricspanel.cpp" line="239"/>
        <source>No data for this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="266"/>
        <source>Metrics of %1</source>
        <translation>Metriken von %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="266"/>
        <source>No object selected</source>
        <translation>Kein Objekt ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="401"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="502"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/metricspanel.cpp" line="554"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/metricspanel.cpp" line="557"/>
        <source>%1: min %2, avg %3, max %4 (%n samples)</source>
        <translation>
            <numerusform>%1: min. %2, Ø %3, max. %4 (%n Messwert)</numerusform>
            <numerusform>%1: min. %2, Ø %3, max. %4 (%n Messwerte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::MetricsStore</name>
    <message>
        <location filename="../core/metricsstore.cpp" line="71"/>
        <location filename="../core/metricsstore.cpp" line="97"/>
        <location filename="../core/metricsstore.cpp" line="102"/>
        <source>Metrics could not be stored: %1</source>
        <translation>Metriken konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/metricsstore.cpp" line="171"/>
        <location filename="../core/metricsstore.cpp" line="189"/>
        <location filename="../core/metricsstore.cpp" line="213"/>
        <location filename="../core/metricsstore.cpp" line="322"/>
        <source>Hourly rollup failed: %1</source>
        <translation>Stündliche Zusammenfassung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/metricsstore.cpp" line="335"/>
        <location filename="../core/metricsstore.cpp" line="353"/>
        <location filename="../core/metricsstore.cpp" line="356"/>
        <source>Daily rollup failed: %1</source>
        <translation>Tägliche Zusammenfassung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Vantage::PartitionTable</name>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="48"/>
        <source>%1 partition %2 extends beyond the end of the disk</source>
        <translation>%1-Partition %2 reicht über das Ende des Datenträgers hinaus</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="70"/>
        <source>MBR extended partition chain loops back on itself</source>
        <translation>Kette der erweiterten MBR-Partitionen führt zu sich selbst zurück</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="74"/>
        <source>MBR extended partition chain has more than %1 entries</source>
        <translation>Kette der erweiterten MBR-Partitionen hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="83"/>
        <source>MBR extended boot record at sector %1 has no signature</source>
        <translation>Erweiterter MBR-Bootdatensatz in Sektor %1 hat keine Signatur</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="102"/>
        <source>MBR extended boot record points outside its partition</source>
        <translation>Erweiterter MBR-Bootdatensatz verweist außerhalb seiner Partition</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="126"/>
        <source>GPT header signature is missing</source>
        <translation>GPT-Header-Signatur fehlt</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="131"/>
        <source>GPT header size %1 is invalid</source>
        <translation>GPT-Headergröße %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="139"/>
        <source>GPT header checksum mismatch</source>
        <translation>GPT-Header-Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="147"/>
        <source>GPT entry size %1 is invalid</source>
        <translation>GPT-Eintragsgröße %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="151"/>
        <source>GPT has %1 entries, more than %2</source>
        <translation>GPT hat %1 Einträge, mehr als %2</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="158"/>
        <source>GPT partition entries lie beyond the end of the disk</source>
        <translation>GPT-Partitionseinträge liegen hinter dem Ende des Datenträgers</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="166"/>
        <source>GPT partition entries checksum mismatch</source>
        <translation>Prüfsumme der GPT-Partitionseinträge stimmt nicht</translation>
    </message>
    <message>
        <location filename="../core/smartstate/partitiontable.cpp" line="176"/>
        <source>GPT partition %1 extends beyond the end of the disk</source>
        <translation>GPT-Partition %1 reicht über das Ende des Datenträgers hinaus</translation>
    </message>
</context>
<context>
    <name>Vantage::Persister</name>
    <message>
        <location filename="../core/persister.cpp" line="292"/>
        <source>The database is not open: %1</source>
        <translation>Die Datenbank ist nicht geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../core/persister.cpp" line="298"/>
        <source>The database cannot start a transaction: %1</source>
        <translation>Die Datenbank kann keine Transaktion beginnen: %1</translation>
    </message>
    <message>
        <location filename="../core/persister.cpp" line="311"/>
        <location filename="../core/persister.cpp" line="441"/>
        <location filename="../core/persister.cpp" line="445"/>
        <source>Saving the inventory failed, nothing was changed: %1</source>
        <translation>Das Speichern des Inventars ist fehlgeschlagen, es wurde nichts verändert: %1</translation>
    </message>
</context>
<context>
    <name>Vantage::PowerActions</name>
    <message numerus="yes">
        <location filename="../ui/lifecycle/poweractions.cpp" line="60"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/poweractions.cpp" line="77"/>
        <source>%1 the selected VMs (%2)</source>
        <translation>%1: ausgewählte VMs (%2)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/poweractions.cpp" line="153"/>
        <source>%1 the VM “%2”?</source>
        <translation>%1: VM „%2“?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/poweractions.cpp" line="154"/>
        <source>%1 %n VM(s)?</source>
        <translation>
            <numerusform>%1: %n VM?</numerusform>
            <numerusform>%1: %n VMs?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/poweractions.cpp" line="155"/>
        <source>%1 VMs</source>
        <translation>%1: VMs</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/poweractions.cpp" line="159"/>
        <source>The guest restarts at once, as if its reset button were pressed.</source>
        <translation>Der Gast startet sofort neu, als wäre seine Reset-Taste gedrückt worden.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/poweractions.cpp" line="160"/>
        <source>The guest stops at once, as if its power cord were pulled.</source>
        <translation>Der Gast stoppt sofort, als wäre sein Netzstecker gezogen worden.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/poweractions.cpp" line="161"/>
        <source>Whatever it had not written to disk is lost.</source>
        <translation>Alles, was noch nicht auf die Festplatte geschrieben war, geht verloren.</translation>
    </message>
</context>
<context>
    <name>Vantage::PowerOperations</name>
    <message>
        <location filename="../core/operations.cpp" line="51"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../core/operations.cpp" line="53"/>
        <source>Shut Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <location filename="../core/operations.cpp" line="55"/>
        <source>Power Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../core/operations.cpp" line="57"/>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../core/operations.cpp" line="59"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../core/operations.cpp" line="61"/>
        <source>Suspend</source>
        <translation>In Ruhezustand versetzen</translation>
    </message>
    <message>
        <location filename="../core/operations.cpp" line="63"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>Vantage::ProviderStore</name>
    <message>
        <location filename="../core/providerstore.cpp" line="81"/>
        <source>Give the provider a name.</source>
        <translation>Geben Sie dem Provider einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/providerstore.cpp" line="86"/>
        <source>Unknown provider type &quot;%1&quot;.</source>
        <translation>Unbekannter Provider-Typ „%1“.</translation>
    </message>
    <message>
        <location filename="../core/providerstore.cpp" line="91"/>
        <source>Give at least one %1.</source>
        <translation>Geben Sie mindestens eine %1 an.</translation>
    </message>
    <message>
        <location filename="../core/providerstore.cpp" line="106"/>
        <source>The database refused the change: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/providerstore.cpp" line="131"/>
        <location filename="../core/providerstore.cpp" line="182"/>
        <source>A provider named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Provider namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/providerstore.cpp" line="188"/>
        <source>That provider no longer exists.</source>
        <translation>Dieser Provider existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Vantage::ProviderWizard</name>
    <message>
        <location filename="../ui/providerwizard.cpp" line="36"/>
        <source>Provider Type</source>
        <translation>Provider-Typ</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="37"/>
        <source>What kind of system do you want Vantage to inventory?</source>
        <translation>Welche Art von System soll Vantage inventarisieren?</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="41"/>
        <source>Provider type</source>
        <translation>Provider-Typ</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="57"/>
        <source>No provider types are available in this build of Vantage.</source>
        <translation>In diesem Build von Vantage sind keine Provider-Typen verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="94"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="95"/>
        <source>How the provider is called in the inventory.</source>
        <translation>Wie der Provider im Inventar heißt.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="99"/>
        <source>Provider name</source>
        <translation>Provider-Name</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="103"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="107"/>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="140"/>
        <source>A provider named “%1” already exists. Choose another name.</source>
        <translation>Ein Provider namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="158"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="173"/>
        <source>Where Vantage reaches the manager: one %1 or several, each checked as you type.</source>
        <translation>Wo Vantage den Manager erreicht: eine %1 oder mehrere, jede wird schon bei der Eingabe geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="176"/>
        <source>Where Vantage reaches the manager: its %1, checked as you type.</source>
        <translation>Wo Vantage den Manager erreicht: seine %1, schon bei der Eingabe geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="205"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="213"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="216"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="218"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="220"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="224"/>
        <source>Credentials are kept in the system keyring, never in Vantage&apos;s database or logs.</source>
        <translation>Zugangsdaten werden im System-Schlüsselbund aufbewahrt, nie in der Datenbank oder den Protokollen von Vantage.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="244"/>
        <source>Leave both fields empty to keep the stored credentials.</source>
        <translation>Lassen Sie beide Felder leer, um die gespeicherten Zugangsdaten zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="247"/>
        <source>This provider type needs a user and a password.</source>
        <translation>Dieser Provider-Typ braucht einen Benutzer und ein Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="249"/>
        <source>Optional: only if the endpoint asks for them.</source>
        <translation>Optional: nur wenn der Endpunkt sie verlangt.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="278"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="279"/>
        <source>Vantage connects to the manager and reads a little of its inventory.</source>
        <translation>Vantage verbindet sich mit dem Manager und liest einen Teil seines Inventars.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="284"/>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="290"/>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="294"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="296"/>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="303"/>
        <source>&amp;Save anyway; its inventory stays empty until it can be reached</source>
        <translation>Trotzdem &amp;speichern; sein Inventar bleibt leer, bis er erreichbar ist</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="307"/>
        <source>Save without verification</source>
        <translation>Ohne Prüfung speichern</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="313"/>
        <source>Save problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="348"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="393"/>
        <source>Connected. Click Finish to add it.</source>
        <translation>Verbunden. Klicken Sie auf „Abschließen“, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="394"/>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="398"/>
        <source>The manager could not be verified.</source>
        <translation>Der Manager konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="418"/>
        <source>SHA-256 fingerprint of the certificate:</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats:</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="423"/>
        <source>Certificate SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="431"/>
        <source>Certificate changed warning</source>
        <translation>Warnung: Zertifikat geändert</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="433"/>
        <source>Compare it with the fingerprint vCenter shows (vSphere Client → Administration → Certificates). Trust it only if they match.</source>
        <translation>Vergleichen Sie ihn mit dem Fingerabdruck, den vCenter anzeigt (vSphere Client → Verwaltung → Zertifikate). Vertrauen Sie ihm nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="441"/>
        <source>T&amp;rust This Certificate</source>
        <translation>Diesem Zertifikat ve&amp;rtrauen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="443"/>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="460"/>
        <source>This is not the certificate trusted before.</source>
        <translation>Dies ist nicht das Zertifikat, dem zuvor vertraut wurde.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="471"/>
        <source>Trust Certificate</source>
        <translation>Zertifikat vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="475"/>
        <source>The certificate of %1 has changed since it was trusted. Trust the new certificate with the SHA-256 fingerprint %2?</source>
        <translation>Das Zertifikat von %1 hat sich geändert, seit ihm vertraut wurde. Dem neuen Zertifikat mit dem SHA-256-Fingerabdruck %2 vertrauen?</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="479"/>
        <source>Unless the certificate was replaced on purpose, someone may be intercepting the connection and would see the password. Ask the vCenter administrator before you trust it.</source>
        <translation>Wenn das Zertifikat nicht absichtlich ersetzt wurde, könnte jemand die Verbindung abhören und würde das Passwort sehen. Fragen Sie den vCenter-Administrator, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="485"/>
        <source>Trust the certificate of %1 with the SHA-256 fingerprint %2?</source>
        <translation>Dem Zertifikat von %1 mit dem SHA-256-Fingerabdruck %2 vertrauen?</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="488"/>
        <source>Vantage will then connect only while the server shows exactly this certificate. Trust it only if vCenter shows the same fingerprint.</source>
        <translation>Vantage verbindet sich dann nur, solange der Server genau dieses Zertifikat zeigt. Vertrauen Sie ihm nur, wenn vCenter denselben Fingerabdruck zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="492"/>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="494"/>
        <source>Trust the certificate</source>
        <translation>Dem Zertifikat vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="497"/>
        <source>Do not trust the certificate</source>
        <translation>Dem Zertifikat nicht vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="546"/>
        <source>Edit Provider</source>
        <translation>Provider bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="546"/>
        <source>Add Provider</source>
        <translation>Provider hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="630"/>
        <source>The provider could not be saved.</source>
        <translation>Der Provider konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Vantage::ProvisionWizard</name>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="147"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="148"/>
        <source>What the new VMs start from: a copy of a shut-off VM or template, a disk image, or an installation ISO.</source>
        <translation>Womit die neuen VMs beginnen: eine Kopie einer ausgeschalteten VM oder Vorlage, ein Festplatten-Image oder ein Installations-ISO.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="151"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="152"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="154"/>
        <source>Manager problem</source>
        <translation>Problem mit dem Manager</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="157"/>
        <source>&amp;Clone a VM or template</source>
        <translation>VM oder Vorlage &amp;klonen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="159"/>
        <source>VM to clone</source>
        <translation>Zu klonende VM</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="161"/>
        <source>&amp;VM:</source>
        <translation>&amp;VM:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="163"/>
        <source>New VM from a disk &amp;image</source>
        <translation>Neue VM aus einem Festplatten-&amp;Image</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="165"/>
        <source>Disk image</source>
        <translation>Festplatten-Image</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="167"/>
        <source>I&amp;mage:</source>
        <translation>I&amp;mage:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="169"/>
        <source>New VM installed from an IS&amp;O</source>
        <translation>Neue VM, installiert von einem IS&amp;O</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="170"/>
        <source>ISO image</source>
        <translation>ISO-Image</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="172"/>
        <source>IS&amp;O:</source>
        <translation>IS&amp;O:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="173"/>
        <source>This manager makes new VMs by cloning a VM or template only; disk images and ISOs are sources on libvirt managers.</source>
        <translation>Dieser Manager erstellt neue VMs nur durch Klonen einer VM oder Vorlage; Disk-Images und ISOs sind Quellen bei libvirt-Managern.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="178"/>
        <source>Sources of this manager</source>
        <translation>Quellen dieses Managers</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="183"/>
        <source>Source problem</source>
        <translation>Problem mit der Quelle</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="212"/>
        <source>%1 (template)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="215"/>
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="256"/>
        <source>No provider here can create VMs. Add a libvirt or VMware vSphere provider first (Provider ▸ Add Provider).</source>
        <translation>Kein Provider hier kann VMs erstellen. Fügen Sie zuerst einen libvirt- oder VMware-vSphere-Provider hinzu (Provider ▸ Provider hinzufügen).</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="265"/>
        <source>Choose the VM or template to clone; this manager has none yet.</source>
        <translation>Wählen Sie die zu klonende VM oder Vorlage; dieser Manager hat noch keine.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="269"/>
        <source>“%1” is not shut off. Shut it down first: only a shut-off VM&apos;s disks can be copied consistently.</source>
        <translation>„%1“ ist nicht ausgeschaltet. Fahren Sie sie zuerst herunter: Nur die Festplatten einer ausgeschalteten VM lassen sich konsistent kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="273"/>
        <source>No disk image is in this manager&apos;s storage pools. Upload one, refresh, and try again.</source>
        <translation>In den Speicherpools dieses Managers liegt kein Festplatten-Image. Laden Sie eines hoch, aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="276"/>
        <source>No ISO (a volume named *.iso) is in this manager&apos;s storage pools. Upload one, refresh, and try again.</source>
        <translation>In den Speicherpools dieses Managers liegt kein ISO (ein Volume namens *.iso). Laden Sie eines hoch, aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="295"/>
        <source>Name and Count</source>
        <translation>Name und Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="296"/>
        <source>For several VMs, put {n} where the number goes: web-{n} makes web-1, web-2, …</source>
        <translation>Setzen Sie für mehrere VMs {n} an die Stelle der Nummer: web-{n} ergibt web-1, web-2, …</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="301"/>
        <source>VM name</source>
        <translation>VM-Name</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="305"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="307"/>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="308"/>
        <source>Number of VMs</source>
        <translation>Anzahl der VMs</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="310"/>
        <source>&amp;Count:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="312"/>
        <source>Count problem</source>
        <translation>Problem mit der Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="315"/>
        <source>Names of the new VMs</source>
        <translation>Namen der neuen VMs</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="319"/>
        <source>Will create:</source>
        <translation>Wird erstellt:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="331"/>
        <source>To create %1 VMs, put {n} in the name where their number goes, e.g. %2-{n}.</source>
        <translation>Um %1 VMs zu erstellen, setzen Sie {n} an die Stelle der Nummer im Namen, z. B. %2-{n}.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="347"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="352"/>
        <source>A VM named “%1” already exists on this manager. Choose another name.</source>
        <translation>Auf diesem Manager existiert bereits eine VM namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="372"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="373"/>
        <source>What each new VM gets. The limits are the largest host&apos;s; the host itself is chosen next.</source>
        <translation>Was jede neue VM erhält. Die Grenzen entsprechen dem größten Host; der Host selbst wird im nächsten Schritt gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="376"/>
        <source>Virtual CPUs</source>
        <translation>Virtuelle CPUs</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="378"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="380"/>
        <source>vCPU problem</source>
        <translation>Problem mit den vCPUs</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="381"/>
        <source>Memory in MiB</source>
        <translation>Arbeitsspeicher in MiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="382"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="385"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="387"/>
        <source>Memory problem</source>
        <translation>Problem mit dem Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="388"/>
        <source>Disk size in GiB</source>
        <translation>Festplattengröße in GiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="389"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="390"/>
        <source>&amp;Disk:</source>
        <translation>&amp;Festplatte:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="392"/>
        <source>Disk problem</source>
        <translation>Problem mit der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="413"/>
        <source>As the source (%1)</source>
        <translation>Wie die Quelle (%1)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="425"/>
        <source>At most %1: no host of this manager has more CPU threads.</source>
        <translation>Höchstens %1: Kein Host dieses Managers hat mehr CPU-Threads.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="433"/>
        <source>At most %1: no host of this manager has more memory.</source>
        <translation>Höchstens %1: Kein Host dieses Managers hat mehr Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="439"/>
        <source>A VM installed from an ISO needs a blank disk: enter its size.</source>
        <translation>Eine von einem ISO installierte VM braucht eine leere Festplatte: Geben Sie ihre Größe ein.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="443"/>
        <source>At least %1, the size of the source&apos;s disk; disks are never shrunk.</source>
        <translation>Mindestens %1, die Größe der Festplatte der Quelle; Festplatten werden nie verkleinert.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="462"/>
        <source>Network and Placement</source>
        <translation>Netzwerk und Platzierung</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="463"/>
        <source>Which host runs the new VMs, which storage pool holds their disks, and which network they join.</source>
        <translation>Welcher Host die neuen VMs ausführt, welcher Speicherpool ihre Festplatten aufnimmt und welchem Netzwerk sie beitreten.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="466"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="467"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="469"/>
        <source>Host problem</source>
        <translation>Problem mit dem Host</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="470"/>
        <source>Storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="471"/>
        <source>Storage &amp;pool:</source>
        <translation>Speicher&amp;pool:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="473"/>
        <source>Storage pool problem</source>
        <translation>Problem mit dem Speicherpool</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="474"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="475"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="484"/>
        <source>%1 — %n thread(s), %2</source>
        <translation>
            <numerusform>%1 — %n Thread, %2</numerusform>
            <numerusform>%1 — %n Threads, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="489"/>
        <source>%1 — %2 free</source>
        <translation>%1 — %2 frei</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="493"/>
        <source>None (or as the clone source)</source>
        <translation>Keines (oder wie die Klonquelle)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="523"/>
        <source>This manager has no host yet: refresh it first.</source>
        <translation>Dieser Manager hat noch keinen Host: Aktualisieren Sie ihn zuerst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="525"/>
        <source>%1 has %n CPU thread(s), fewer than the %2 vCPUs asked for. Choose another host or go back and lower them.</source>
        <translation>
            <numerusform>%1 hat %n CPU-Thread, weniger als die angeforderten %2 vCPUs. Wählen Sie einen anderen Host oder gehen Sie zurück und verringern Sie die Anzahl.</numerusform>
            <numerusform>%1 hat %n CPU-Threads, weniger als die angeforderten %2 vCPUs. Wählen Sie einen anderen Host oder gehen Sie zurück und verringern Sie die Anzahl.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="531"/>
        <source>%1 has %2 of memory, less than the %3 asked for.</source>
        <translation>%1 hat %2 Arbeitsspeicher, weniger als die angeforderten %3.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="541"/>
        <source>This manager has no storage pool to hold the new disks.</source>
        <translation>Dieser Manager hat keinen Speicherpool für die neuen Festplatten.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="543"/>
        <source>The pool %1 is inactive. Start it, or choose another.</source>
        <translation>Der Pool %1 ist inaktiv. Starten Sie ihn oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="547"/>
        <source>%1 has %2 free; the new disks need %3.</source>
        <translation>%1 hat %2 frei; die neuen Festplatten brauchen %3.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="564"/>
        <source>Retirement</source>
        <translation>Außerbetriebnahme</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="565"/>
        <source>Whether the new VMs are retired (shut down and removed) automatically, and how long before you are warned.</source>
        <translation>Ob die neuen VMs automatisch außer Betrieb genommen (heruntergefahren und entfernt) werden und wie lange vorher Sie gewarnt werden.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="569"/>
        <source>&amp;Keep until retired by hand</source>
        <translation>&amp;Behalten, bis manuell außer Betrieb genommen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="571"/>
        <source>Retire on a &amp;date</source>
        <translation>An einem &amp;Datum außer Betrieb nehmen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="573"/>
        <source>Retire after a number of d&amp;ays</source>
        <translation>Nach einer Anzahl von &amp;Tagen außer Betrieb nehmen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="580"/>
        <source>Retirement date</source>
        <translation>Datum der Außerbetriebnahme</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="585"/>
        <source>Days until retirement</source>
        <translation>Tage bis zur Außerbetriebnahme</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="586"/>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="590"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="589"/>
        <source>Days of warning before retirement</source>
        <translation>Tage der Vorwarnung vor der Außerbetriebnahme</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="595"/>
        <source>&amp;Warn before:</source>
        <translation>&amp;Vorwarnung:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="597"/>
        <source>Retirement problem</source>
        <translation>Problem mit der Außerbetriebnahme</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="617"/>
        <source>Choose a date after today.</source>
        <translation>Wählen Sie ein Datum nach dem heutigen.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="618"/>
        <source>Retire after at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag bis zur Außerbetriebnahme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="620"/>
        <source>The warning would come before the VMs exist: warn at most %n day(s) before.</source>
        <translation>
            <numerusform>Die Warnung käme, bevor die VMs existieren: Warnen Sie höchstens %n Tag vorher.</numerusform>
            <numerusform>Die Warnung käme, bevor die VMs existieren: Warnen Sie höchstens %n Tage vorher.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="636"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="637"/>
        <source>Finish submits one request; its progress shows in the Requests view (Ctrl+R).</source>
        <translation>„Abschließen“ reicht eine Anforderung ein; ihr Fortschritt erscheint in der Ansicht Anforderungen (Strg+R).</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="642"/>
        <source>Summary of the request</source>
        <translation>Zusammenfassung der Anforderung</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="644"/>
        <source>&amp;Start the VMs once created</source>
        <translation>VMs nach dem Erstellen &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="646"/>
        <source>Start the VMs once created</source>
        <translation>VMs nach dem Erstellen starten</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="662"/>
        <source>Clone of %1</source>
        <translation>Klon von %1</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="667"/>
        <source>Disk image %1</source>
        <translation>Festplatten-Image %1</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="670"/>
        <source>Installed from %1</source>
        <translation>Installiert von %1</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="678"/>
        <source>Manager:</source>
        <translation>Manager:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="679"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="680"/>
        <source>VMs:</source>
        <translation>VMs:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="681"/>
        <source>vCPUs:</source>
        <translation>vCPUs:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="682"/>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="683"/>
        <source>Disk:</source>
        <translation>Festplatte:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="685"/>
        <source>as the source</source>
        <translation>wie die Quelle</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="686"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="687"/>
        <source>Storage pool:</source>
        <translation>Speicherpool:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="688"/>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="689"/>
        <source>Retirement:</source>
        <translation>Außerbetriebnahme:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="691"/>
        <source>%1, warned %n day(s) before</source>
        <translation>
            <numerusform>%1, Warnung %n Tag vorher</numerusform>
            <numerusform>%1, Warnung %n Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="693"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="709"/>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="710"/>
        <source>Provision VMs</source>
        <translation>VMs bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="731"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="732"/>
        <source>Commit</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>Vantage::QemuDemo</name>
    <message>
        <location filename="../app/demo.cpp" line="72"/>
        <source>The QEMU lane did not finish &quot;%1&quot; within five minutes.</source>
        <translation>Die QEMU-Umgebung hat „%1“ nicht innerhalb von fünf Minuten beendet.</translation>
    </message>
    <message>
        <location filename="../app/demo.cpp" line="77"/>
        <source>Cannot run %1: %2. Set VANTAGE_QEMU_LANE_SCRIPT to the scripts/qemu-lane.sh of a Vantage source tree.</source>
        <translation>%1 kann nicht ausgeführt werden: %2. Setzen Sie VANTAGE_QEMU_LANE_SCRIPT auf scripts/qemu-lane.sh eines Vantage-Quellbaums.</translation>
    </message>
    <message>
        <location filename="../app/demo.cpp" line="85"/>
        <source>%1 %2 failed.</source>
        <translation>%1 %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/demo.cpp" line="149"/>
        <source>The QEMU demo needs root: it starts libvirtd and its network on this machine. Run it as root (sudo scripts/demo.sh --qemu).</source>
        <translation>Die QEMU-Demo braucht root: Sie startet libvirtd und sein Netzwerk auf diesem Rechner. Führen Sie sie als root aus (sudo scripts/demo.sh --qemu).</translation>
    </message>
    <message>
        <location filename="../app/demo.cpp" line="153"/>
        <source>Starting libvirtd, its network and storage pool (the first start also builds the tiny guest)…</source>
        <translation>libvirtd, sein Netzwerk und sein Speicherpool werden gestartet (beim ersten Start wird auch der winzige Gast gebaut)…</translation>
    </message>
    <message>
        <location filename="../app/demo.cpp" line="158"/>
        <source>Preparing guest %1…</source>
        <translation>Gast %1 wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>Vantage::Reader</name>
    <message>
        <location filename="../providers/vmware/vsphereoperationparser.cpp" line="130"/>
        <source>The answer holds a document type declaration.</source>
        <translation>Die Antwort enthält eine Dokumenttyp-Deklaration.</translation>
    </message>
</context>
<context>
    <name>Vantage::ReconfigureDialog</name>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="56"/>
        <source>Reconfigure VM</source>
        <translation>VM umkonfigurieren</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="73"/>
        <source>Reconfigure %1</source>
        <translation>%1 umkonfigurieren</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="76"/>
        <source>Processors and memory</source>
        <translation>Prozessoren und Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="80"/>
        <source>Virtual CPUs</source>
        <translation>Virtuelle CPUs</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="84"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="85"/>
        <source>vCPU problem</source>
        <translation>Problem mit den vCPUs</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="89"/>
        <source>Memory in MiB</source>
        <translation>Arbeitsspeicher in MiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="92"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="95"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="97"/>
        <source>Memory problem</source>
        <translation>Problem mit dem Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="101"/>
        <source>Disks (clear a box to remove that disk)</source>
        <translation>Festplatten (Häkchen entfernen, um die Festplatte zu entfernen)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="103"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="108"/>
        <source>Storage pool of the new disk</source>
        <translation>Speicherpool der neuen Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="112"/>
        <source>%1 — %2 free</source>
        <translation>%1 — %2 frei</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="115"/>
        <source>Size of the new disk in GiB</source>
        <translation>Größe der neuen Festplatte in GiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="118"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="120"/>
        <source>Add &amp;Disk</source>
        <translation>&amp;Festplatte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="122"/>
        <source>Add disk</source>
        <translation>Festplatte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="128"/>
        <source>Disk problem</source>
        <translation>Problem mit der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="132"/>
        <source>Network interfaces (clear a box to remove it)</source>
        <translation>Netzwerkschnittstellen (Häkchen entfernen, um sie zu entfernen)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="134"/>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="139"/>
        <source>Network of the new interface</source>
        <translation>Netzwerk der neuen Schnittstelle</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="143"/>
        <source>Add &amp;Interface</source>
        <translation>&amp;Schnittstelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="145"/>
        <source>Add network interface</source>
        <translation>Netzwerkschnittstelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="152"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="154"/>
        <source>Apply &amp;now (live, on the running VM as well)</source>
        <translation>&amp;Jetzt übernehmen (live, auch für die laufende VM)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="156"/>
        <source>Apply now</source>
        <translation>Jetzt übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="157"/>
        <source>Apply at next &amp;boot</source>
        <translation>Beim &amp;nächsten Start übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="159"/>
        <source>Apply at next boot</source>
        <translation>Beim nächsten Start übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="165"/>
        <source>The VM is not running: changes take effect when it starts.</source>
        <translation>Die VM läuft nicht: Änderungen werden wirksam, wenn sie startet.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="172"/>
        <source>Why Submit is off</source>
        <translation>Warum „Einreichen“ deaktiviert ist</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="177"/>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="179"/>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="182"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="208"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="230"/>
        <source>New disk — %1 in %2</source>
        <translation>Neue Festplatte — %1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="242"/>
        <source>New interface on %1</source>
        <translation>Neue Schnittstelle an %1</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="283"/>
        <source>At most %1: the host %2 has no more CPU threads.</source>
        <translation>Höchstens %1: Der Host %2 hat nicht mehr CPU-Threads.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="291"/>
        <source>At most %1: the host %2 has no more memory.</source>
        <translation>Höchstens %1: Der Host %2 hat nicht mehr Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="294"/>
        <source>A running VM grows only up to its maximum memory, %1. Apply at next boot to go beyond it.</source>
        <translation>Eine laufende VM wächst nur bis zu ihrem maximalen Arbeitsspeicher, %1. Übernehmen Sie die Änderung beim nächsten Start, um darüber hinauszugehen.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="306"/>
        <source>%1 has %2 free; the new disks need %3. Uncheck one or pick another pool.</source>
        <translation>%1 hat %2 frei; die neuen Festplatten brauchen %3. Entfernen Sie ein Häkchen oder wählen Sie einen anderen Pool.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="318"/>
        <source>The VM is no longer in the inventory.</source>
        <translation>Die VM ist nicht mehr im Inventar.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/reconfiguredialog.cpp" line="320"/>
        <source>Change something to submit a request.</source>
        <translation>Ändern Sie etwas, um eine Anforderung einzureichen.</translation>
    </message>
</context>
<context>
    <name>Vantage::RefreshStatusWidget</name>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="20"/>
        <source>Refresh status</source>
        <translation>Aktualisierungsstatus</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="24"/>
        <source>No providers</source>
        <translation>Keine Provider</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="51"/>
        <source>%1 / %2:</source>
        <translation>%1 / %2:</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="52"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="83"/>
        <source>Refresh progress</source>
        <translation>Aktualisierungsfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="93"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="94"/>
        <source>Cancel refresh</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="95"/>
        <source>Stop this refresh; the inventory keeps what it had</source>
        <translation>Diese Aktualisierung stoppen; das Inventar behält seinen Stand</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="124"/>
        <source>refresh cancelled</source>
        <translation>Aktualisierung abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="127"/>
        <source>refresh failed %1, stale</source>
        <translation>Aktualisierung %1 fehlgeschlagen, veraltet</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="130"/>
        <source>refreshed %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="133"/>
        <source>not refreshed yet</source>
        <translation>noch nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/refreshstatuswidget.cpp" line="158"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>Vantage::Refresher</name>
    <message>
        <location filename="../core/refresher.cpp" line="32"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location filename="../core/refresher.cpp" line="52"/>
        <source>The refresh was cancelled; the inventory was left as it was.</source>
        <translation>Die Aktualisierung wurde abgebrochen; das Inventar blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../core/refresher.cpp" line="66"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
</context>
<context>
    <name>Vantage::ReportDefinition</name>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="60"/>
        <location filename="../core/reports/reportdefinition.cpp" line="172"/>
        <source>The value of the filter on &quot;%1&quot; must be %2.</source>
        <translation>Der Wert des Filters auf „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="139"/>
        <source>The report name &quot;%1&quot; is not usable: use letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Der Berichtsname „%1“ ist nicht verwendbar: Verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="143"/>
        <source>The report &quot;%1&quot; needs a title.</source>
        <translation>Der Bericht „%1“ braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="149"/>
        <source>The report &quot;%1&quot; uses the unknown source &quot;%2&quot;; known sources: %3.</source>
        <translation>Der Bericht „%1“ verwendet die unbekannte Quelle „%2“; bekannte Quellen: %3.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="153"/>
        <source>The report &quot;%1&quot; names the unknown column &quot;%2&quot;; the columns of %3 are: %4.</source>
        <translation>Der Bericht „%1“ nennt die unbekannte Spalte „%2“; die Spalten von %3 sind: %4.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="157"/>
        <source>The report &quot;%1&quot; shows no column; choose at least one.</source>
        <translation>Der Bericht „%1“ zeigt keine Spalte; wählen Sie mindestens eine.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="162"/>
        <source>The report &quot;%1&quot; shows the column &quot;%2&quot; twice.</source>
        <translation>Der Bericht „%1“ zeigt die Spalte „%2“ doppelt.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="169"/>
        <location filename="../core/reports/reportdefinition.cpp" line="325"/>
        <source>The operator &quot;%1&quot; does not apply to the column &quot;%2&quot; (%3).</source>
        <translation>Der Operator „%1“ ist auf die Spalte „%2“ (%3) nicht anwendbar.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="180"/>
        <source>The report &quot;%1&quot; is grouped by &quot;%2&quot;, which is not one of its columns.</source>
        <translation>Der Bericht „%1“ ist nach „%2“ gruppiert, das keine seiner Spalten ist.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="215"/>
        <source>The definition is not valid JSON: %1 at character %2.</source>
        <translation>Die Definition ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="218"/>
        <source>The definition is not a JSON object.</source>
        <translation>Die Definition ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="228"/>
        <source>The definition has no &quot;columns&quot; list.</source>
        <translation>Die Definition hat keine Liste „columns“.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="233"/>
        <source>A column in the definition is not a name.</source>
        <translation>Eine Spalte in der Definition ist kein Name.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="246"/>
        <source>A filter in the definition has no column or the unknown operator &quot;%1&quot;.</source>
        <translation>Ein Filter in der Definition hat keine Spalte oder den unbekannten Operator „%1“.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="266"/>
        <source>A sort key in the definition has no column.</source>
        <translation>Ein Sortierschlüssel in der Definition hat keine Spalte.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="307"/>
        <source>&quot;%1&quot; is not a filter; write COLUMN OPERATOR VALUE, with an operator among =, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, is empty (e.g. &quot;power_state = running&quot;).</source>
        <translation>„%1“ ist kein Filter; schreiben Sie SPALTE OPERATOR WERT, mit einem dieser Operatoren: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, is empty (z. B. „power_state = running“).</translation>
    </message>
    <message>
        <location filename="../core/reports/reportdefinition.cpp" line="317"/>
        <source>Unknown column &quot;%1&quot; in the filter &quot;%2&quot;; the columns of %3 are: %4.</source>
        <translation>Unbekannte Spalte „%1“ im Filter „%2“; die Spalten von %3 sind: %4.</translation>
    </message>
</context>
<context>
    <name>Vantage::ReportEditor</name>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="34"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="36"/>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="38"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="54"/>
        <source>Report name</source>
        <translation>Berichtsname</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="55"/>
        <source>What `vantage report NAME` takes: letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</source>
        <translation>Was `vantage report NAME` akzeptiert: Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="56"/>
        <source>Report title</source>
        <translation>Berichtstitel</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="60"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="62"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="70"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="72"/>
        <source>Columns: checked ones are shown, in this order</source>
        <translation>Spalten: Markierte werden in dieser Reihenfolge gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="74"/>
        <source>&amp;Up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="75"/>
        <source>Move column up</source>
        <translation>Spalte nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="77"/>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="78"/>
        <source>Move column down</source>
        <translation>Spalte nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="88"/>
        <source>&amp;Filters (all must hold)</source>
        <translation>&amp;Filter (alle müssen zutreffen)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="90"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="91"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="91"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="91"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="96"/>
        <source>&amp;Add Filter</source>
        <translation>Filter &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="97"/>
        <source>Add filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="98"/>
        <source>&amp;Remove Filter</source>
        <translation>Filter &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="99"/>
        <source>Remove filter</source>
        <translation>Filter entfernen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="108"/>
        <source>&amp;Sort and Group</source>
        <translation>S&amp;ortieren und Gruppieren</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="109"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="110"/>
        <source>Sort order</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="111"/>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="112"/>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="114"/>
        <source>Group by, with subtotals</source>
        <translation>Gruppieren nach, mit Zwischensummen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="116"/>
        <source>Sort by:</source>
        <translation>Sortieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="117"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="118"/>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="119"/>
        <source>Groups get a subtotal (count, sums) and an average row; the report ends with totals.</source>
        <translation>Gruppen erhalten eine Zwischensumme (Anzahl, Summen) und eine Durchschnittszeile; der Bericht endet mit Gesamtsummen.</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="166"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="185"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="189"/>
        <source>(unsorted)</source>
        <translation>(unsortiert)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="214"/>
        <source>(no grouping)</source>
        <translation>(keine Gruppierung)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="242"/>
        <source>Filter %1 column</source>
        <translation>Filter %1: Spalte</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="247"/>
        <source>Filter %1 operator</source>
        <translation>Filter %1: Operator</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="249"/>
        <source>Filter %1 value</source>
        <translation>Filter %1: Wert</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="302"/>
        <source>This report&apos;s source is unknown to this program.</source>
        <translation>Die Quelle dieses Berichts ist diesem Programm unbekannt.</translation>
    </message>
    <message>
        <location filename="../ui/reports/reporteditor.cpp" line="328"/>
        <source>Filter %1: %2</source>
        <translation>Filter %1: %2</translation>
    </message>
</context>
<context>
    <name>Vantage::ReportRunner</name>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="102"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="104"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="106"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="108"/>
        <source>Total average</source>
        <translation>Gesamtdurchschnitt</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="127"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="127"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="236"/>
        <source>Could not count the rows of the report: %1</source>
        <translation>Die Zeilen des Berichts konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="259"/>
        <location filename="../core/reports/reportrunner.cpp" line="266"/>
        <source>Could not run the report &quot;%1&quot;: %2</source>
        <translation>Der Bericht „%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="336"/>
        <source>Reading the report &quot;%1&quot; failed: %2</source>
        <translation>Das Lesen des Berichts „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="366"/>
        <source>Could not create %1: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht angelegt werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrunner.cpp" line="377"/>
        <source>Could not save %1: %2. Check the free space and try again.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Vantage::ReportSources</name>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="73"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="77"/>
        <location filename="../core/reports/reportsource.cpp" line="105"/>
        <location filename="../core/reports/reportsource.cpp" line="137"/>
        <location filename="../core/reports/reportsource.cpp" line="156"/>
        <location filename="../core/reports/reportsource.cpp" line="181"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="78"/>
        <location filename="../core/reports/reportsource.cpp" line="108"/>
        <source>Power state</source>
        <translation>Betriebszustand</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="80"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="81"/>
        <location filename="../core/reports/reportsource.cpp" line="123"/>
        <source>Memory (bytes)</source>
        <translation>Arbeitsspeicher (Bytes)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="84"/>
        <source>Maximum memory (bytes)</source>
        <translation>Maximaler Arbeitsspeicher (Bytes)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="86"/>
        <source>OS type</source>
        <translation>Betriebssystemtyp</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="87"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="89"/>
        <location filename="../core/reports/reportsource.cpp" line="170"/>
        <location filename="../core/reports/reportsource.cpp" line="186"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="90"/>
        <location filename="../core/reports/reportsource.cpp" line="107"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="91"/>
        <location filename="../core/reports/reportsource.cpp" line="127"/>
        <location filename="../core/reports/reportsource.cpp" line="145"/>
        <location filename="../core/reports/reportsource.cpp" line="171"/>
        <location filename="../core/reports/reportsource.cpp" line="187"/>
        <location filename="../core/reports/reportsource.cpp" line="208"/>
        <location filename="../core/reports/reportsource.cpp" line="250"/>
        <location filename="../core/reports/reportsource.cpp" line="272"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="92"/>
        <location filename="../core/reports/reportsource.cpp" line="128"/>
        <location filename="../core/reports/reportsource.cpp" line="146"/>
        <location filename="../core/reports/reportsource.cpp" line="172"/>
        <location filename="../core/reports/reportsource.cpp" line="188"/>
        <location filename="../core/reports/reportsource.cpp" line="209"/>
        <location filename="../core/reports/reportsource.cpp" line="251"/>
        <location filename="../core/reports/reportsource.cpp" line="273"/>
        <location filename="../core/reports/reportsource.cpp" line="299"/>
        <location filename="../core/reports/reportsource.cpp" line="318"/>
        <location filename="../core/reports/reportsource.cpp" line="336"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="93"/>
        <location filename="../core/reports/reportsource.cpp" line="173"/>
        <location filename="../core/reports/reportsource.cpp" line="189"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="94"/>
        <location filename="../core/reports/reportsource.cpp" line="147"/>
        <source>Manager reference</source>
        <translation>Manager-Referenz</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="96"/>
        <location filename="../core/reports/reportsource.cpp" line="284"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="103"/>
        <location filename="../core/reports/reportsource.cpp" line="138"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="106"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="110"/>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="113"/>
        <source>Hypervisor version</source>
        <translation>Hypervisor-Version</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="115"/>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="116"/>
        <source>CPU sockets</source>
        <translation>CPU-Sockel</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="118"/>
        <source>CPU cores</source>
        <translation>CPU-Kerne</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="120"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="122"/>
        <source>CPU MHz</source>
        <translation>CPU-MHz</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="125"/>
        <location filename="../core/reports/reportsource.cpp" line="140"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="129"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="135"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="143"/>
        <source>Host memory (bytes)</source>
        <translation>Host-Arbeitsspeicher (Bytes)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="154"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="157"/>
        <location filename="../core/reports/reportsource.cpp" line="283"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="158"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="159"/>
        <source>Capacity (bytes)</source>
        <translation>Kapazität (Bytes)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="162"/>
        <source>Allocated (bytes)</source>
        <translation>Belegt (Bytes)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="165"/>
        <source>Available (bytes)</source>
        <translation>Verfügbar (Bytes)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="167"/>
        <location filename="../core/reports/reportsource.cpp" line="185"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="168"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="179"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="182"/>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="183"/>
        <source>Forward mode</source>
        <translation>Weiterleitungsmodus</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="195"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="197"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="198"/>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="200"/>
        <source>Provider event</source>
        <translation>Provider-Ereignis</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="202"/>
        <location filename="../core/reports/reportsource.cpp" line="217"/>
        <source>Object kind</source>
        <translation>Objektart</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="204"/>
        <location filename="../core/reports/reportsource.cpp" line="219"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="206"/>
        <location filename="../core/reports/reportsource.cpp" line="271"/>
        <location filename="../core/reports/reportsource.cpp" line="292"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="207"/>
        <location filename="../core/reports/reportsource.cpp" line="313"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="215"/>
        <source>Metric rollups</source>
        <translation>Metrik-Zusammenfassungen</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="225"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="226"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="227"/>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="229"/>
        <source>CPU % (average)</source>
        <translation>CPU % (Durchschnitt)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="231"/>
        <source>CPU % (maximum)</source>
        <translation>CPU % (Maximum)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="233"/>
        <source>Memory % (average)</source>
        <translation>Arbeitsspeicher % (Durchschnitt)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="235"/>
        <source>Memory % (maximum)</source>
        <translation>Arbeitsspeicher % (Maximum)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="237"/>
        <source>Disk read (bytes/s)</source>
        <translation>Datenträger lesen (Bytes/s)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="239"/>
        <source>Disk write (bytes/s)</source>
        <translation>Datenträger schreiben (Bytes/s)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="241"/>
        <source>Disk read IOPS</source>
        <translation>Datenträger-Lese-IOPS</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="243"/>
        <source>Disk write IOPS</source>
        <translation>Datenträger-Schreib-IOPS</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="246"/>
        <source>Network received (bytes/s)</source>
        <translation>Netzwerk empfangen (Bytes/s)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="248"/>
        <source>Network sent (bytes/s)</source>
        <translation>Netzwerk gesendet (Bytes/s)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="258"/>
        <source>Retirement schedule</source>
        <translation>Außerbetriebnahme-Plan</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="260"/>
        <location filename="../core/reports/reportsource.cpp" line="309"/>
        <location filename="../core/reports/reportsource.cpp" line="327"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="261"/>
        <source>Retires at</source>
        <translation>Außerbetriebnahme am</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="263"/>
        <source>Warning (days)</source>
        <translation>Vorwarnung (Tage)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="265"/>
        <location filename="../core/reports/reportsource.cpp" line="290"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="266"/>
        <source>Warned at</source>
        <translation>Gewarnt am</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="267"/>
        <source>Retired at</source>
        <translation>Außer Betrieb genommen am</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="269"/>
        <source>Delete storage</source>
        <translation>Speicher löschen</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="279"/>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="282"/>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="286"/>
        <source>Requester</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="287"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="289"/>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="291"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="293"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="295"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="296"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="297"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="306"/>
        <source>SmartState packages</source>
        <translation>SmartState-Pakete</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="310"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="311"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="312"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="314"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="316"/>
        <location filename="../core/reports/reportsource.cpp" line="334"/>
        <source>Scanned</source>
        <translation>Untersucht</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="324"/>
        <source>SmartState users</source>
        <translation>SmartState-Benutzer</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="328"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="329"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="330"/>
        <source>GID</source>
        <translation>GID</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="331"/>
        <source>Home</source>
        <translation>Home-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="332"/>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="333"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="380"/>
        <source>&quot;%1&quot; is not a whole number, which column &quot;%2&quot; needs.</source>
        <translation>„%1“ ist keine ganze Zahl, wie sie die Spalte „%2“ braucht.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="388"/>
        <source>&quot;%1&quot; is not a number, which column &quot;%2&quot; needs (use a point for decimals: 1.5).</source>
        <translation>„%1“ ist keine Zahl, wie sie die Spalte „%2“ braucht (verwenden Sie einen Punkt als Dezimaltrennzeichen: 1.5).</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="406"/>
        <source>&quot;%1&quot; is not an ISO 8601 date or time (such as 2026-11-25 or 2026-11-25T14:00:00Z), which column &quot;%2&quot; needs.</source>
        <translation>„%1“ ist kein Datum und keine Uhrzeit nach ISO 8601 (etwa 2026-11-25 oder 2026-11-25T14:00:00Z), wie sie die Spalte „%2“ braucht.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="420"/>
        <source>&quot;%1&quot; is not true or false, which column &quot;%2&quot; needs.</source>
        <translation>„%1“ ist weder true noch false, wie es die Spalte „%2“ braucht.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="481"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="483"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="485"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="487"/>
        <source>a date and time</source>
        <translation>ein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../core/reports/reportsource.cpp" line="489"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>Vantage::ReportStore</name>
    <message>
        <location filename="../core/reports/reportstore.cpp" line="40"/>
        <source>The stored report &quot;%1&quot; cannot be used: %2 Edit or remove it.</source>
        <translation>Der gespeicherte Bericht „%1“ kann nicht verwendet werden: %2 Bearbeiten oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportstore.cpp" line="176"/>
        <source>Could not read the reports: %1</source>
        <translation>Die Berichte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/reports/reportstore.cpp" line="191"/>
        <source>Could not read the report &quot;%1&quot;: %2</source>
        <translation>Der Bericht „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/reports/reportstore.cpp" line="196"/>
        <location filename="../core/reports/reportstore.cpp" line="260"/>
        <location filename="../core/reports/reportstore.cpp" line="312"/>
        <source>There is no report named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Bericht namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportstore.cpp" line="227"/>
        <location filename="../core/reports/reportstore.cpp" line="289"/>
        <source>Could not save the report &quot;%1&quot;: %2</source>
        <translation>Der Bericht „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/reports/reportstore.cpp" line="233"/>
        <location filename="../core/reports/reportstore.cpp" line="274"/>
        <source>A report named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Bericht namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportstore.cpp" line="264"/>
        <source>&quot;%1&quot; is a built-in report and cannot be changed; copy it and change the copy.</source>
        <translation>„%1“ ist ein eingebauter Bericht und kann nicht geändert werden; kopieren Sie ihn und ändern Sie die Kopie.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportstore.cpp" line="316"/>
        <source>&quot;%1&quot; is a built-in report and cannot be removed.</source>
        <translation>„%1“ ist ein eingebauter Bericht und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportstore.cpp" line="323"/>
        <source>Could not remove the report &quot;%1&quot;: %2</source>
        <translation>Der Bericht „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Vantage::ReportsWindow</name>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="47"/>
        <location filename="../ui/reports/reportswindow.cpp" line="48"/>
        <location filename="../ui/reports/reportswindow.cpp" line="53"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="55"/>
        <source>New report</source>
        <translation>Neuer Bericht</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="56"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="57"/>
        <source>A new report on one of the sources</source>
        <translation>Ein neuer Bericht über eine der Quellen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="67"/>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="69"/>
        <source>Copy the report to change it (Ctrl+D)</source>
        <translation>Den Bericht kopieren, um ihn zu ändern (Strg+D)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="70"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="70"/>
        <source>Delete report</source>
        <translation>Bericht löschen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="71"/>
        <source>Delete the report (Delete); built-in reports cannot be deleted</source>
        <translation>Den Bericht löschen (Entf); eingebaute Berichte können nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="83"/>
        <source>Reports:</source>
        <translation>Berichte:</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="91"/>
        <location filename="../ui/reports/reportswindow.cpp" line="309"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="91"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="94"/>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="108"/>
        <source>UTF-8 &amp;byte order mark (for Excel on Windows)</source>
        <translation>UTF-8-&amp;Bytereihenfolgemarkierung (für Excel unter Windows)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="109"/>
        <source>Write a byte order mark</source>
        <translation>Eine Bytereihenfolgemarkierung schreiben</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="113"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="114"/>
        <location filename="../ui/reports/reportswindow.cpp" line="416"/>
        <location filename="../ui/reports/reportswindow.cpp" line="467"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="116"/>
        <source>Export the whole report as a CSV file (Ctrl+E)</source>
        <translation>Den gesamten Bericht als CSV-Datei exportieren (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="117"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="120"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="120"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="177"/>
        <source>Refresh Preview</source>
        <translation>Vorschau aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="193"/>
        <source>The built-in reports could not be restored: %1</source>
        <translation>Die eingebauten Berichte konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="212"/>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="219"/>
        <source>vantage report %1</source>
        <translation>vantage report %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="278"/>
        <location filename="../ui/reports/reportswindow.cpp" line="282"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="287"/>
        <source>Preview (F5 reads it again): the first %1 of %2 rows; the export has them all.</source>
        <translation>Vorschau (F5 liest sie neu ein): die ersten %1 von %2 Zeilen; der Export enthält alle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/reportswindow.cpp" line="293"/>
        <source>Preview (F5 reads it again): %n row(s).</source>
        <translation>
            <numerusform>Vorschau (F5 liest sie neu ein): %n Zeile.</numerusform>
            <numerusform>Vorschau (F5 liest sie neu ein): %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="309"/>
        <source>&amp;Save as Copy</source>
        <translation>Als Kopie &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="310"/>
        <source>Built-in reports cannot be changed: save your changes as a new report (Ctrl+S)</source>
        <translation>Eingebaute Berichte können nicht geändert werden: Speichern Sie Ihre Änderungen als neuen Bericht (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="312"/>
        <source>Save the report (Ctrl+S)</source>
        <translation>Den Bericht speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="325"/>
        <location filename="../ui/reports/reportswindow.cpp" line="344"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="337"/>
        <location filename="../ui/reports/reportswindow.cpp" line="359"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="349"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="364"/>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="379"/>
        <source>New %1 report</source>
        <translation>Neuer Bericht über %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="382"/>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="397"/>
        <source>Delete Report</source>
        <translation>Bericht löschen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="398"/>
        <source>Delete the report &quot;%1&quot;? Scripts that run `vantage report %2` will fail.</source>
        <translation>Den Bericht „%1“ löschen? Skripte, die `vantage report %2` ausführen, schlagen dann fehl.</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="405"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="417"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="428"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="436"/>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="441"/>
        <source>Exporting to %1…</source>
        <translation>Wird nach %1 exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/reportswindow.cpp" line="460"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="462"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/reports/reportswindow.cpp" line="464"/>
        <source>The report was not exported. %1</source>
        <translation>Der Bericht wurde nicht exportiert. %1</translation>
    </message>
</context>
<context>
    <name>Vantage::RequestHandlers</name>
    <message>
        <location filename="../core/requesthandlers.cpp" line="90"/>
        <source>Powered off.</source>
        <translation>Ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="103"/>
        <source>The VM is gone already.</source>
        <translation>Die VM existiert bereits nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="114"/>
        <source>Removed with its storage.</source>
        <translation>Samt Speicher entfernt.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="115"/>
        <source>Removed; its storage was kept.</source>
        <translation>Entfernt; der Speicher wurde behalten.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="130"/>
        <source>No retirement record kept: %1</source>
        <translation>Kein Stilllegungseintrag gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="147"/>
        <source>Creating VM %1.</source>
        <translation>VM %1 wird erstellt.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="156"/>
        <source>Created VM %1.</source>
        <translation>VM %1 erstellt.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="176"/>
        <source>Retirement of %1 scheduled.</source>
        <translation>Außerbetriebnahme von %1 geplant.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="178"/>
        <source>The retirement of %1 was not scheduled: %2</source>
        <translation>Die Außerbetriebnahme von %1 wurde nicht geplant: %2</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="201"/>
        <source>The request names no known power operation (“%1”).</source>
        <translation>Die Anforderung nennt keine bekannte Ein-/Ausschaltaktion („%1“).</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="206"/>
        <location filename="../core/requesthandlers.cpp" line="223"/>
        <location filename="../core/requesthandlers.cpp" line="248"/>
        <source>The task names no VM.</source>
        <translation>Die Aufgabe nennt keine VM.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="212"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="237"/>
        <source>Reconfigured, live and in its definition.</source>
        <translation>Umkonfiguriert, im laufenden Betrieb und in der Definition.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="238"/>
        <source>Reconfigured; takes effect at the next boot.</source>
        <translation>Umkonfiguriert; wirksam ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="262"/>
        <source>Asked the guest to shut down.</source>
        <translation>Das Gastsystem wurde zum Herunterfahren aufgefordert.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="273"/>
        <source>Stopped while waiting for %1 to shut down.</source>
        <translation>Beim Warten auf das Herunterfahren von %1 gestoppt.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="288"/>
        <source>The guest shut down.</source>
        <translation>Das Gastsystem wurde heruntergefahren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requesthandlers.cpp" line="290"/>
        <source>The guest did not shut down within %n second(s).</source>
        <translation>
            <numerusform>Das Gastsystem wurde nicht innerhalb von %n Sekunde heruntergefahren.</numerusform>
            <numerusform>Das Gastsystem wurde nicht innerhalb von %n Sekunden heruntergefahren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="294"/>
        <source>The guest could not be asked to shut down: %1</source>
        <translation>Das Gastsystem konnte nicht zum Herunterfahren aufgefordert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="304"/>
        <source>VM %1 retired; its storage was deleted.</source>
        <translation>VM %1 stillgelegt; ihr Speicher wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/requesthandlers.cpp" line="305"/>
        <source>VM %1 retired.</source>
        <translation>VM %1 stillgelegt.</translation>
    </message>
</context>
<context>
    <name>Vantage::RequestListModel</name>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="66"/>
        <source>Provision</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="68"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="70"/>
        <source>Power</source>
        <translation>Ein-/Ausschalten</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="72"/>
        <source>Reconfigure</source>
        <translation>Umkonfiguration</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="74"/>
        <source>Retire</source>
        <translation>Stilllegung</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="81"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="83"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="85"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="87"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="94"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="96"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="98"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="100"/>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="136"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="147"/>
        <source>Decided by %1: %2</source>
        <translation>Entschieden von %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="188"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="190"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="192"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="194"/>
        <source>Requester</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="196"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="198"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="200"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="202"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestlistmodel.cpp" line="204"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Vantage::RequestRunner</name>
    <message>
        <location filename="../core/requestrunner.cpp" line="320"/>
        <source>Interrupted by a restart.</source>
        <translation>Durch einen Neustart unterbrochen.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="332"/>
        <source>Interrupted by a restart after %1 of %2 tasks.</source>
        <translation>Nach %1 von %2 Aufgaben durch einen Neustart unterbrochen.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="336"/>
        <source>%1 did not finish.</source>
        <translation>%1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="338"/>
        <source>Not run: interrupted by a restart.</source>
        <translation>Nicht ausgeführt: durch einen Neustart unterbrochen.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="392"/>
        <source>Vantage cannot carry out requests of type “%1”.</source>
        <translation>Vantage kann Anforderungen vom Typ „%1“ nicht ausführen.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="394"/>
        <source>The provider of this request no longer exists.</source>
        <translation>Der Provider dieser Anforderung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="399"/>
        <source>The provider could not be reached: %1</source>
        <translation>Der Provider war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="403"/>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="414"/>
        <source>Cancelled after %1 of %2 tasks.</source>
        <translation>Nach %1 von %2 Aufgaben abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="415"/>
        <source>Not run: the request was cancelled.</source>
        <translation>Nicht ausgeführt: Die Anforderung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="439"/>
        <source>Not run: it depends on a task that does not exist.</source>
        <translation>Nicht ausgeführt: Sie hängt von einer Aufgabe ab, die nicht existiert.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="441"/>
        <source>Not run: it depends on %1, which did not succeed.</source>
        <translation>Nicht ausgeführt: Die Abhängigkeit %1 war nicht erfolgreich.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="463"/>
        <source>Not run: its dependencies wait for each other.</source>
        <translation>Nicht ausgeführt: Ihre Abhängigkeiten warten aufeinander.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="488"/>
        <source>Started.</source>
        <translation>Gestartet.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="493"/>
        <source>Stopped before it finished: %1</source>
        <translation>Vor dem Abschluss gestoppt: %1</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="502"/>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="521"/>
        <source>%1 of %2 failed: %3</source>
        <translation>%1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="529"/>
        <source>%1 (task %2 of %3) failed: %4</source>
        <translation>%1 (Aufgabe %2 von %3) fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="536"/>
        <source>Not run: an earlier task failed.</source>
        <translation>Nicht ausgeführt: Eine frühere Aufgabe ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="573"/>
        <source>the provider could not be reached</source>
        <translation>der Provider war nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="576"/>
        <source>Rolled back.</source>
        <translation>Zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="580"/>
        <source>Could not be rolled back: %1</source>
        <translation>Konnte nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="581"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="584"/>
        <source>Rolled back: %1.</source>
        <translation>Zurückgesetzt: %1.</translation>
    </message>
    <message>
        <location filename="../core/requestrunner.cpp" line="586"/>
        <source>Not rolled back, remove by hand: %1.</source>
        <translation>Nicht zurückgesetzt, bitte von Hand entfernen: %1.</translation>
    </message>
</context>
<context>
    <name>Vantage::RequestStore</name>
    <message>
        <location filename="../core/requests.cpp" line="44"/>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translation>es ist kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="48"/>
        <source>it is not a JSON array</source>
        <translation>es ist kein JSON-Array</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="49"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="61"/>
        <source>a dependency is not a task position</source>
        <translation>eine Abhängigkeit ist keine Aufgabenposition</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="116"/>
        <source>The request&apos;s options cannot be read: %1.</source>
        <translation>Die Optionen der Anforderung können nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="188"/>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="306"/>
        <source>The new VM has no name.</source>
        <translation>Die neue VM hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="308"/>
        <source>VM %1 needs exactly one source: a VM or template to clone, or an image or ISO volume.</source>
        <translation>VM %1 braucht genau eine Quelle: eine zu klonende VM oder Vorlage oder ein Image- oder ISO-Volume.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="312"/>
        <source>VM %1 installs from an ISO: give it a storage pool and a size for its new disk.</source>
        <translation>VM %1 wird von einer ISO installiert: Geben Sie einen Speicherpool und eine Größe für ihre neue Festplatte an.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="316"/>
        <source>VM %1 needs at least one virtual CPU.</source>
        <translation>VM %1 braucht mindestens eine virtuelle CPU.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="318"/>
        <source>VM %1 has a negative memory or disk size.</source>
        <translation>VM %1 hat eine negative Arbeitsspeicher- oder Festplattengröße.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="325"/>
        <source>The new CPU count and memory size cannot be negative.</source>
        <translation>Die neue CPU-Anzahl und Arbeitsspeichergröße dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="328"/>
        <source>A new disk needs a storage pool and a size above zero.</source>
        <translation>Eine neue Festplatte braucht einen Speicherpool und eine Größe über null.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="332"/>
        <source>A new network interface needs a network.</source>
        <translation>Eine neue Netzwerkschnittstelle braucht ein Netzwerk.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="336"/>
        <source>The change is empty: choose something to reconfigure.</source>
        <translation>Die Änderung ist leer: Wählen Sie etwas zum Umkonfigurieren.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="354"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requests.cpp" line="356"/>
        <source>%1: %n VMs</source>
        <translation>
            <numerusform>%1: %n VM</numerusform>
            <numerusform>%1: %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="373"/>
        <source>Reconfigure %1</source>
        <translation>%1 umkonfigurieren</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="389"/>
        <location filename="../core/requests.cpp" line="396"/>
        <source>Retire %1</source>
        <translation>%1 stilllegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requests.cpp" line="390"/>
        <source>Retire %n VMs</source>
        <translation>
            <numerusform>%n VM stilllegen</numerusform>
            <numerusform>%n VMs stilllegen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="407"/>
        <location filename="../core/requests.cpp" line="413"/>
        <source>Provision %1</source>
        <translation>%1 bereitstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requests.cpp" line="408"/>
        <source>Provision %n VMs</source>
        <translation>
            <numerusform>%n VM bereitstellen</numerusform>
            <numerusform>%n VMs bereitstellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="423"/>
        <source>%1 depends on itself.</source>
        <translation>%1 hängt von sich selbst ab.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="425"/>
        <source>%1 depends on an item that does not exist.</source>
        <translation>%1 hängt von einem Element ab, das nicht existiert.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="442"/>
        <source>The dependencies form a cycle: %1.</source>
        <translation>Die Abhängigkeiten bilden einen Zyklus: %1.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="470"/>
        <source>The request has nothing to do.</source>
        <translation>Die Anforderung hat nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="481"/>
        <location filename="../core/requests.cpp" line="511"/>
        <location filename="../core/requests.cpp" line="527"/>
        <location filename="../core/requests.cpp" line="532"/>
        <source>The request could not be saved: %1</source>
        <translation>Die Anforderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="488"/>
        <source>The provider of this request no longer exists.</source>
        <translation>Der Provider dieser Anforderung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="547"/>
        <location filename="../core/requests.cpp" line="558"/>
        <location filename="../core/requests.cpp" line="606"/>
        <location filename="../core/requests.cpp" line="650"/>
        <location filename="../core/requests.cpp" line="674"/>
        <source>The request could not be changed: %1</source>
        <translation>Die Anforderung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="552"/>
        <source>Request %1 no longer exists.</source>
        <translation>Anforderung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="572"/>
        <source>Request %1 is not waiting for approval.</source>
        <translation>Anforderung %1 wartet nicht auf Genehmigung.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="598"/>
        <source>Denied by %1.</source>
        <translation>Abgelehnt von %1.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="599"/>
        <source>Denied by %1: %2</source>
        <translation>Abgelehnt von %1: %2</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="611"/>
        <source>The retirement request was denied.</source>
        <translation>Die Stilllegungsanforderung wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="635"/>
        <source>Request %1 has finished already.</source>
        <translation>Anforderung %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="660"/>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="677"/>
        <source>The retirement request was cancelled.</source>
        <translation>Die Stilllegungsanforderung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="727"/>
        <source>The task&apos;s specification cannot be read: %1.</source>
        <translation>Die Spezifikation der Aufgabe kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="734"/>
        <source>The task&apos;s dependencies cannot be read: %1.</source>
        <translation>Die Abhängigkeiten der Aufgabe können nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>Vantage::RequestsPanel</name>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="94"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="96"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="98"/>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="120"/>
        <location filename="../ui/requests/requestspanel.cpp" line="165"/>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="133"/>
        <location filename="../ui/requests/requestspanel.cpp" line="134"/>
        <source>Filter requests</source>
        <translation>Anforderungen filtern</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="139"/>
        <source>Show requests</source>
        <translation>Anforderungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="140"/>
        <source>All requests</source>
        <translation>Alle Anforderungen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="141"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="142"/>
        <source>Queued or active</source>
        <translation>In Warteschlange oder aktiv</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="143"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="144"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="146"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="147"/>
        <source>Approve the selected request so that it runs</source>
        <translation>Die ausgewählte Anforderung genehmigen, damit sie ausgeführt wird</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="148"/>
        <source>&amp;Deny…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="149"/>
        <source>Deny the selected request, with a reason</source>
        <translation>Die ausgewählte Anforderung mit Begründung ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="150"/>
        <source>Ca&amp;ncel Request</source>
        <translation>Anforderung a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="151"/>
        <source>Cancel the selected request; an active one stops after its current task</source>
        <translation>Die ausgewählte Anforderung abbrechen; eine aktive stoppt nach ihrer laufenden Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="196"/>
        <source>Tasks of the selected request</source>
        <translation>Aufgaben der ausgewählten Anforderung</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="198"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="198"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="198"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="198"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="198"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="209"/>
        <source>Log of the selected task</source>
        <translation>Protokoll der ausgewählten Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="211"/>
        <location filename="../ui/requests/requestspanel.cpp" line="372"/>
        <source>Select a task to see its log.</source>
        <translation>Wählen Sie eine Aufgabe, um ihr Protokoll zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="233"/>
        <location filename="../ui/requests/requestspanel.cpp" line="429"/>
        <source>Approve Request</source>
        <translation>Anforderung genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="233"/>
        <source>Why is it approved? (optional)</source>
        <translation>Warum wird sie genehmigt? (optional)</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="238"/>
        <location filename="../ui/requests/requestspanel.cpp" line="444"/>
        <source>Deny Request</source>
        <translation>Anforderung ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="238"/>
        <source>Why is it denied? The requester sees this.</source>
        <translation>Warum wird sie abgelehnt? Der Anforderer sieht diese Begründung.</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="243"/>
        <location filename="../ui/requests/requestspanel.cpp" line="457"/>
        <source>Cancel Request</source>
        <translation>Anforderung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="244"/>
        <source>Cancel request %1?</source>
        <translation>Anforderung %1 abbrechen?</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="247"/>
        <source>A queued request will not run; an active one stops after its current task. What is done stays done.</source>
        <translation>Eine Anforderung in der Warteschlange wird nicht ausgeführt; eine aktive stoppt nach ihrer laufenden Aufgabe. Bereits Erledigtes bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="249"/>
        <source>Cancel &amp;Request</source>
        <translation>Anforderung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="251"/>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="312"/>
        <source>Select a request to see its tasks.</source>
        <translation>Wählen Sie eine Anforderung, um ihre Aufgaben zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="317"/>
        <source>Request %1 · %2 · by %3 · %4</source>
        <translation>Anforderung %1 · %2 · von %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="322"/>
        <source>Decided by %1.</source>
        <translation>Entschieden von %1.</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="323"/>
        <source>Decided by %1: %2</source>
        <translation>Entschieden von %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="356"/>
        <source>Progress of task %1</source>
        <translation>Fortschritt von Aufgabe %1</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="371"/>
        <source>This task has written nothing to its log yet.</source>
        <translation>Diese Aufgabe hat noch nichts in ihr Protokoll geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="392"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="396"/>
        <source>Reason problem</source>
        <translation>Problem mit der Begründung</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="406"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="412"/>
        <source>Enter a reason.</source>
        <translation>Geben Sie eine Begründung ein.</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="430"/>
        <source>Request %1 could not be approved: %2</source>
        <translation>Anforderung %1 konnte nicht genehmigt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="445"/>
        <source>Request %1 could not be denied: %2</source>
        <translation>Anforderung %1 konnte nicht abgelehnt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/requests/requestspanel.cpp" line="458"/>
        <source>Request %1 could not be cancelled: %2</source>
        <translation>Anforderung %1 konnte nicht abgebrochen werden: %2</translation>
    </message>
</context>
<context>
    <name>Vantage::RetireDialog</name>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="31"/>
        <source>Retire VMs</source>
        <translation>VMs stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="32"/>
        <source>Retire %1</source>
        <translation>%1 stilllegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="33"/>
        <source>Retire %n VM(s)</source>
        <translation>
            <numerusform>%n VM stilllegen</numerusform>
            <numerusform>%n VMs stilllegen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="37"/>
        <source>Retiring shuts a VM down and removes it from its manager. Vantage keeps it listed as retired (View ▸ Show Retired VMs).</source>
        <translation>Beim Stilllegen wird eine VM heruntergefahren und aus ihrem Manager entfernt. Vantage führt sie weiter als stillgelegt (Ansicht ▸ Stillgelegte VMs anzeigen).</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="49"/>
        <source>Retire &amp;now</source>
        <translation>&amp;Sofort stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="51"/>
        <source>Retire now</source>
        <translation>Sofort stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="52"/>
        <source>Retire on a &amp;date</source>
        <translation>An einem &amp;Datum stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="54"/>
        <source>Retire on a date</source>
        <translation>An einem Datum stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="55"/>
        <source>Retire &amp;in</source>
        <translation>Stilllegen &amp;in</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="57"/>
        <source>Retire in a number of days</source>
        <translation>In einer Anzahl von Tagen stilllegen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="63"/>
        <source>Retirement date</source>
        <translation>Stilllegungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="69"/>
        <source>Days until retirement</source>
        <translation>Tage bis zur Stilllegung</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="72"/>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="78"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="76"/>
        <source>Days of warning before retirement</source>
        <translation>Tage der Vorwarnung vor der Stilllegung</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="81"/>
        <source>Also &amp;delete their disks from storage</source>
        <translation>Auch ihre Festplatten aus dem Speicher &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="83"/>
        <source>Delete disks from storage</source>
        <translation>Festplatten aus dem Speicher löschen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="87"/>
        <source>&amp;Warn before:</source>
        <translation>&amp;Vorwarnzeit:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="90"/>
        <source>Retirement problem</source>
        <translation>Problem mit der Stilllegung</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="100"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="109"/>
        <source>Retirement scheduled for %1 (warned %n day(s) before).</source>
        <translation>
            <numerusform>Stilllegung geplant für %1 (Warnung %n Tag vorher).</numerusform>
            <numerusform>Stilllegung geplant für %1 (Warnung %n Tage vorher).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="118"/>
        <source>C&amp;lear Schedule</source>
        <translation>Planung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="120"/>
        <source>Clear schedule</source>
        <translation>Planung aufheben</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="159"/>
        <source>No VM is selected.</source>
        <translation>Keine VM ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="161"/>
        <source>Choose a date after today, or retire now.</source>
        <translation>Wählen Sie ein Datum nach dem heutigen oder legen Sie sofort still.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="162"/>
        <source>Retire in at least one day, or retire now.</source>
        <translation>Wählen Sie mindestens einen Tag oder legen Sie sofort still.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="164"/>
        <source>The warning would come before today: warn at most %n day(s) before.</source>
        <translation>
            <numerusform>Die Warnung käme vor heute: Warnen Sie höchstens %n Tag vorher.</numerusform>
            <numerusform>Die Warnung käme vor heute: Warnen Sie höchstens %n Tage vorher.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="169"/>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="210"/>
        <source>&amp;Retire Now</source>
        <translation>Sofort s&amp;tilllegen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="169"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="196"/>
        <source>Retire “%1” now?</source>
        <translation>„%1“ jetzt stilllegen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="197"/>
        <source>Retire %n VM(s) now?</source>
        <translation>
            <numerusform>%n VM jetzt stilllegen?</numerusform>
            <numerusform>%n VMs jetzt stilllegen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="201"/>
        <source>They are shut down and removed, and their disks are deleted. This cannot be undone.</source>
        <translation>Sie werden heruntergefahren und entfernt, und ihre Festplatten werden gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="203"/>
        <source>They are shut down and removed from their manager; their disks stay in storage.</source>
        <translation>Sie werden heruntergefahren und aus ihrem Manager entfernt; ihre Festplatten bleiben im Speicher.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="208"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="240"/>
        <source>Retirement Not Scheduled</source>
        <translation>Stilllegung nicht geplant</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="241"/>
        <source>The retirement of “%1” could not be scheduled: %2</source>
        <translation>Die Stilllegung von „%1“ konnte nicht geplant werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="259"/>
        <source>Schedule Not Cleared</source>
        <translation>Planung nicht aufgehoben</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/retiredialog.cpp" line="260"/>
        <source>The retirement of “%1” could not be cleared: %2</source>
        <translation>Die Stilllegung von „%1“ konnte nicht aufgehoben werden: %2</translation>
    </message>
</context>
<context>
    <name>Vantage::RetirementScheduler</name>
    <message>
        <location filename="../core/retirementscheduler.cpp" line="69"/>
        <source>VM %1 retires on %2.</source>
        <translation>VM %1 wird am %2 stillgelegt.</translation>
    </message>
    <message>
        <location filename="../core/retirementscheduler.cpp" line="95"/>
        <source>Retirement schedule</source>
        <translation>Stilllegungsplan</translation>
    </message>
</context>
<context>
    <name>Vantage::RetirementStore</name>
    <message>
        <location filename="../core/requests.cpp" line="756"/>
        <source>The warning period cannot be negative.</source>
        <translation>Die Vorwarnzeit darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="762"/>
        <location filename="../core/requests.cpp" line="816"/>
        <source>The retirement could not be saved: %1</source>
        <translation>Die Stilllegung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="785"/>
        <source>The VM is no longer in the inventory; refresh its provider and try again.</source>
        <translation>Die VM ist nicht mehr im Inventar; aktualisieren Sie ihren Provider und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="793"/>
        <location filename="../core/requests.cpp" line="831"/>
        <source>VM %1 is retired already.</source>
        <translation>VM %1 ist bereits stillgelegt.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="794"/>
        <source>VM %1 is being retired now.</source>
        <translation>VM %1 wird gerade stillgelegt.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="832"/>
        <source>VM %1 is being retired now; cancel its request instead.</source>
        <translation>VM %1 wird gerade stillgelegt; brechen Sie stattdessen ihre Anforderung ab.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="841"/>
        <source>The retirement could not be removed: %1</source>
        <translation>Die Stilllegung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="897"/>
        <location filename="../core/requests.cpp" line="917"/>
        <location filename="../core/requests.cpp" line="927"/>
        <source>The retirement could not be updated: %1</source>
        <translation>Die Stilllegung konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Vantage::ScanProfileDialog</name>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="20"/>
        <source>Scan Profile “%1”</source>
        <translation>Scanprofil „%1“</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="27"/>
        <source>Files to collect, one path pattern per line</source>
        <translation>Zu sammelnde Dateien, ein Pfadmuster pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="29"/>
        <source>/etc/ssh/sshd_config
/etc/*.conf</source>
        <translation>/etc/ssh/sshd_config
/etc/*.conf</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="31"/>
        <source>&amp;Files to collect:</source>
        <translation>Zu sammelnde &amp;Dateien:</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="37"/>
        <source>Largest file whose content is kept, in KiB</source>
        <translation>Größte Datei, deren Inhalt behalten wird, in KiB</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="39"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="42"/>
        <source>&amp;Keep content up to:</source>
        <translation>Inhalt &amp;behalten bis:</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="47"/>
        <source>Larger files are listed with their size and SHA-256 only.</source>
        <translation>Größere Dateien werden nur mit Größe und SHA-256 aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="59"/>
        <source>Save the profile</source>
        <translation>Das Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/scanprofiledialog.cpp" line="61"/>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
</context>
<context>
    <name>Vantage::ServiceCatalogDialog</name>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="56"/>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="57"/>
        <source>Service Catalog</source>
        <translation>Servicekatalog</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="69"/>
        <source>Service templates</source>
        <translation>Servicevorlagen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="73"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="74"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="83"/>
        <source>Template name</source>
        <translation>Vorlagenname</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="86"/>
        <source>Template description</source>
        <translation>Vorlagenbeschreibung</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="87"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="90"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="94"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="99"/>
        <source>Items of the template</source>
        <translation>Elemente der Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="101"/>
        <source>VM name</source>
        <translation>VM-Name</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="101"/>
        <source>Clone of</source>
        <translation>Klon von</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="101"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="101"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="101"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="110"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="112"/>
        <source>Item VM name</source>
        <translation>VM-Name des Elements</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="113"/>
        <source>VM n&amp;ame:</source>
        <translation>VM-N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="116"/>
        <source>VM or template to clone</source>
        <translation>Zu klonende VM oder Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="118"/>
        <source>&amp;Clone of:</source>
        <translation>&amp;Klon von:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="121"/>
        <source>Item virtual CPUs</source>
        <translation>Virtuelle CPUs des Elements</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="125"/>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="128"/>
        <source>Item memory in MiB</source>
        <translation>Arbeitsspeicher des Elements in MiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="131"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="134"/>
        <source>Memor&amp;y:</source>
        <translation>Arbeitss&amp;peicher:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="137"/>
        <source>Items this one waits for</source>
        <translation>Elemente, auf die dieses wartet</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="140"/>
        <source>Waits &amp;for:</source>
        <translation>Wartet a&amp;uf:</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="141"/>
        <source>Item problem</source>
        <translation>Problem mit dem Element</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="144"/>
        <source>&amp;Add Item</source>
        <translation>Element &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="145"/>
        <source>&amp;Update Item</source>
        <translation>Element aktualisie&amp;ren</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="146"/>
        <source>Remo&amp;ve Item</source>
        <translation>Element en&amp;tfernen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="153"/>
        <source>Template problem</source>
        <translation>Problem mit der Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="162"/>
        <source>&amp;Order</source>
        <translation>Beste&amp;llen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="163"/>
        <source>Submit a request that provisions every item of the saved template</source>
        <translation>Eine Anforderung einreichen, die jedes Element der gespeicherten Vorlage bereitstellt</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="165"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="276"/>
        <source>%1 (template)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="344"/>
        <source>Another item is already named “%1”.</source>
        <translation>Ein anderes Element heißt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="348"/>
        <source>A VM named “%1” already exists on this manager.</source>
        <translation>Auf diesem Manager existiert bereits eine VM namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="351"/>
        <source>This manager has no shut-off VM or template to clone.</source>
        <translation>Dieser Manager hat keine ausgeschaltete VM oder Vorlage zum Klonen.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="352"/>
        <source>Choose the VM or template to clone.</source>
        <translation>Wählen Sie die zu klonende VM oder Vorlage.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="357"/>
        <source>At most %1 vCPUs: the host has no more CPU threads.</source>
        <translation>Höchstens %1 vCPUs: Der Host hat nicht mehr CPU-Threads.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="359"/>
        <source>At most %1 of memory: the host has no more.</source>
        <translation>Höchstens %1 Arbeitsspeicher: Der Host hat nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="455"/>
        <source>No provider here can create VMs. Add a libvirt or VMware vSphere provider first.</source>
        <translation>Kein Provider hier kann VMs erstellen. Fügen Sie zuerst einen libvirt- oder VMware-vSphere-Provider hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="458"/>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="461"/>
        <source>A template named “%1” already exists.</source>
        <translation>Eine Vorlage namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="464"/>
        <source>Add at least one item: a VM to clone.</source>
        <translation>Fügen Sie mindestens ein Element hinzu: eine zu klonende VM.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="523"/>
        <source>Remove Service Template</source>
        <translation>Servicevorlage entfernen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="524"/>
        <source>Remove the service template “%1”?</source>
        <translation>Die Servicevorlage „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="527"/>
        <source>VMs ordered from it stay; only the template goes.</source>
        <translation>Daraus bestellte VMs bleiben bestehen; nur die Vorlage wird entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/servicecatalogdialog.cpp" line="528"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Vantage::ServiceTemplateStore</name>
    <message>
        <location filename="../core/requests.cpp" line="980"/>
        <source>The items of service template %1 cannot be read: %2.</source>
        <translation>Die Elemente der Servicevorlage %1 können nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1001"/>
        <source>Give the service template a name.</source>
        <translation>Geben Sie der Servicevorlage einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1005"/>
        <source>Add at least one item to service template %1.</source>
        <translation>Fügen Sie der Servicevorlage %1 mindestens ein Element hinzu.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1011"/>
        <source>Item name “%1” is not valid: use 1 to 64 characters without leading or trailing spaces.</source>
        <translation>Der Elementname „%1“ ist ungültig: Verwenden Sie 1 bis 64 Zeichen ohne führende oder nachgestellte Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1018"/>
        <source>Two items are named “%1”; item names must be unique.</source>
        <translation>Zwei Elemente heißen „%1“; Elementnamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1024"/>
        <source>Item “%1”: %2</source>
        <translation>Element „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1036"/>
        <location filename="../core/requests.cpp" line="1070"/>
        <location filename="../core/requests.cpp" line="1080"/>
        <source>The service template could not be saved: %1</source>
        <translation>Die Servicevorlage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1045"/>
        <source>A service template named %1 exists already; choose another name.</source>
        <translation>Eine Servicevorlage namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1074"/>
        <source>Service template %1 no longer exists.</source>
        <translation>Servicevorlage %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1093"/>
        <source>The service template could not be removed: %1</source>
        <translation>Die Servicevorlage konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/requests.cpp" line="1104"/>
        <source>Order %1</source>
        <translation>%1 bestellen</translation>
    </message>
</context>
<context>
    <name>Vantage::SessionPool</name>
    <message>
        <location filename="../core/sessionpool.cpp" line="34"/>
        <source>The manager no longer exists.</source>
        <translation>Der Manager existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/sessionpool.cpp" line="47"/>
        <source>This build of Vantage has no provider of type &quot;%1&quot;.</source>
        <translation>Dieser Build von Vantage hat keinen Provider vom Typ „%1“.</translation>
    </message>
</context>
<context>
    <name>Vantage::SmartStatePanel</name>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="67"/>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="70"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="71"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="72"/>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="73"/>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="74"/>
        <source>Hostname:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="78"/>
        <source>Scan to show</source>
        <translation>Anzuzeigender Scan</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="80"/>
        <source>Scan to compare with</source>
        <translation>Scan zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="81"/>
        <source>&amp;Compare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="82"/>
        <source>Compare with the chosen scan</source>
        <translation>Mit dem gewählten Scan vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="83"/>
        <source>&amp;Scan Now</source>
        <translation>Jetzt &amp;scannen</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="84"/>
        <source>Scan the VM&apos;s disks now</source>
        <translation>Die Festplatten der VM jetzt scannen</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="85"/>
        <source>Analyse the VM&apos;s disks (Ctrl+Shift+A)</source>
        <translation>Die Festplatten der VM analysieren (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="86"/>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="87"/>
        <source>Edit which files a scan collects</source>
        <translation>Bearbeiten, welche Dateien ein Scan sammelt</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="88"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="91"/>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="103"/>
        <source>Filter the lists</source>
        <translation>Die Listen filtern</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="104"/>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="113"/>
        <source>Scan results</source>
        <translation>Scanergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="115"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="116"/>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="118"/>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="119"/>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="126"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="116"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="116"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="116"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="117"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="118"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="118"/>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="119"/>
        <source>GID</source>
        <translation>GID</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="118"/>
        <source>Home</source>
        <translation>Home-Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="118"/>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="118"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="119"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="119"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="120"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="120"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="120"/>
        <source>Wanted by</source>
        <translation>Gewünscht von</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="121"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="122"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="122"/>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="124"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="122"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="122"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="122"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="123"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="124"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="124"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="124"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="124"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="125"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="126"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="126"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="126"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="126"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="158"/>
        <source>%1 columns</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="223"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="234"/>
        <source>No VM selected.</source>
        <translation>Keine VM ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="235"/>
        <source>Never scanned. Use Scan Now to analyse the VM&apos;s disks.</source>
        <translation>Noch nie gescannt. Verwenden Sie „Jetzt scannen“, um die Festplatten der VM zu analysieren.</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="255"/>
        <source>Cannot show the scan: %1 Scan again or pick another.</source>
        <translation>Der Scan kann nicht angezeigt werden: %1 Scannen Sie erneut oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="273"/>
        <source>%1: finished, %2 read.</source>
        <translation>%1: abgeschlossen, %2 gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="274"/>
        <source>%1: finished, %2 read, with warnings:
%3</source>
        <translation>%1: abgeschlossen, %2 gelesen, mit Warnungen:
%3</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="277"/>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="279"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="283"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="314"/>
        <source>%1 (root)</source>
        <translation>%1 (Root)</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="319"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="321"/>
        <source>LVM logical volume</source>
        <translation>Logisches LVM-Volume</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="335"/>
        <source>%1 (whole disk)</source>
        <translation>%1 (ganze Festplatte)</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="336"/>
        <source>%1 partition %2</source>
        <translation>%1 Partition %2</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="339"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="354"/>
        <source>Cannot compare: %1 Pick another scan.</source>
        <translation>Vergleich nicht möglich: %1 Wählen Sie einen anderen Scan.</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="366"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="367"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="373"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="379"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="381"/>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="383"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="385"/>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="387"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="389"/>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="391"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="392"/>
        <source>Differences (%1 → %2)</source>
        <translation>Unterschiede (%1 → %2)</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="409"/>
        <source>Scan a Running VM?</source>
        <translation>Laufende VM scannen?</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="410"/>
        <source>%1 is running. Its disks change while they are read, so the scan sees them as after a crash: files being written may be missing or damaged. Shut the VM down for an exact scan.</source>
        <translation>%1 läuft. Ihre Festplatten ändern sich während des Lesens, daher sieht der Scan sie wie nach einem Absturz: Dateien, die gerade geschrieben werden, können fehlen oder beschädigt sein. Fahren Sie die VM für einen exakten Scan herunter.</translation>
    </message>
    <message>
        <location filename="../ui/smartstate/smartstatepanel.cpp" line="416"/>
        <source>Scan Anyway</source>
        <translation>Trotzdem scannen</translation>
    </message>
</context>
<context>
    <name>Vantage::SmartStateParsers</name>
    <message>
        <location filename="../core/smartstate/smartstateparsers.cpp" line="209"/>
        <location filename="../core/smartstate/smartstateparsers.cpp" line="220"/>
        <source>rpm header is truncated</source>
        <translation>rpm-Header ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstateparsers.cpp" line="215"/>
        <source>rpm header sizes are invalid</source>
        <translation>rpm-Header-Größen sind ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstateparsers.cpp" line="238"/>
        <source>rpm header epoch entry is invalid</source>
        <translation>Epoch-Eintrag im rpm-Header ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstateparsers.cpp" line="245"/>
        <source>rpm header entry for tag %1 is invalid</source>
        <translation>rpm-Header-Eintrag für Tag %1 ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstateparsers.cpp" line="251"/>
        <source>rpm header string for tag %1 is not terminated</source>
        <translation>rpm-Header-Zeichenkette für Tag %1 ist nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstateparsers.cpp" line="265"/>
        <source>rpm header has no package name or version</source>
        <translation>rpm-Header hat keinen Paketnamen oder keine Version</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstateparsers.cpp" line="285"/>
        <source>cannot open the rpm database: %1</source>
        <translation>die rpm-Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstateparsers.cpp" line="290"/>
        <source>not an rpm database: %1</source>
        <translation>keine rpm-Datenbank: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/smartstate/smartstateparsers.cpp" line="306"/>
        <source>%n damaged rpm header(s) skipped</source>
        <translation>
            <numerusform>%n beschädigter rpm-Header übersprungen</numerusform>
            <numerusform>%n beschädigte rpm-Header übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::SmartStateScanner</name>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="40"/>
        <source>XFS</source>
        <translation>XFS</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="42"/>
        <source>Btrfs</source>
        <translation>Btrfs</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="71"/>
        <source>The VM has no disk images to scan.</source>
        <translation>Die VM hat keine Festplatten-Images zum Scannen.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="113"/>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="214"/>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="271"/>
        <source>Scan cancelled.</source>
        <translation>Scan abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="116"/>
        <source>Reading disk %1</source>
        <translation>Festplatte %1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="124"/>
        <source>Disk %1: %2</source>
        <translation>Festplatte %1: %2</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="141"/>
        <source>Disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="142"/>
        <source>Disk %1, partition %2</source>
        <translation>Festplatte %1, Partition %2</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="177"/>
        <source>LVM volume %1/%2</source>
        <translation>LVM-Volume %1/%2</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="188"/>
        <source>No ext2/3/4 file system with /etc/os-release was found; the VM&apos;s disks also hold %1, which SmartState does not read yet.</source>
        <translation>Es wurde kein ext2/3/4-Dateisystem mit /etc/os-release gefunden; die Festplatten der VM enthalten außerdem %1, was SmartState noch nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="192"/>
        <source>No disk of this VM holds a Linux root file system that SmartState can read (ext2/3/4 with /etc/os-release).</source>
        <translation>Keine Festplatte dieser VM enthält ein Linux-Root-Dateisystem, das SmartState lesen kann (ext2/3/4 mit /etc/os-release).</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="232"/>
        <source>Reading the operating system</source>
        <translation>Betriebssystem wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="241"/>
        <source>Reading users and groups</source>
        <translation>Benutzer und Gruppen werden gelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/smartstate/smartstatescanner.cpp" line="247"/>
        <source>/etc/passwd: %n malformed line(s) skipped</source>
        <translation>
            <numerusform>/etc/passwd: %n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>/etc/passwd: %n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/smartstate/smartstatescanner.cpp" line="252"/>
        <source>/etc/group: %n malformed line(s) skipped</source>
        <translation>
            <numerusform>/etc/group: %n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>/etc/group: %n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="255"/>
        <source>Reading dpkg packages</source>
        <translation>dpkg-Pakete werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="260"/>
        <source>Reading rpm packages</source>
        <translation>rpm-Pakete werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="264"/>
        <source>Reading systemd services</source>
        <translation>systemd-Dienste werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="268"/>
        <source>Reading profile files</source>
        <translation>Profildateien werden gelesen</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="274"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="290"/>
        <source>The rpm database is in the Berkeley DB format (before RHEL 9), which SmartState does not read; rpm packages are not listed.</source>
        <translation>Die rpm-Datenbank liegt im Berkeley-DB-Format vor (vor RHEL 9), das SmartState nicht liest; rpm-Pakete werden nicht aufgeführt.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="306"/>
        <source>Cannot copy the rpm database to a temporary folder: %1</source>
        <translation>Die rpm-Datenbank kann nicht in einen temporären Ordner kopiert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="360"/>
        <source>Profile pattern %1 is not an absolute path; skipped.</source>
        <translation>Das Profilmuster %1 ist kein absoluter Pfad; übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="409"/>
        <source>The profile matches more than %1 files; the rest are not collected.</source>
        <translation>Das Profil erfasst mehr als %1 Dateien; die übrigen werden nicht gesammelt.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatescanner.cpp" line="429"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Vantage::SmartStateStore</name>
    <message>
        <location filename="../core/smartstate/smartstatestore.cpp" line="43"/>
        <location filename="../core/smartstate/smartstatestore.cpp" line="68"/>
        <location filename="../core/smartstate/smartstatestore.cpp" line="163"/>
        <source>Cannot store the scan: %1</source>
        <translation>Der Scan kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatestore.cpp" line="210"/>
        <location filename="../core/smartstate/smartstatestore.cpp" line="231"/>
        <source>Cannot read the scan: %1</source>
        <translation>Der Scan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatestore.cpp" line="214"/>
        <source>Scan %1 no longer exists.</source>
        <translation>Scan %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatestore.cpp" line="337"/>
        <source>A scan profile needs a name.</source>
        <translation>Ein Scanprofil braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatestore.cpp" line="341"/>
        <source>The largest file to keep cannot be negative.</source>
        <translation>Die größte zu behaltende Datei darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatestore.cpp" line="346"/>
        <source>Pattern %1 must be an absolute path (start with /).</source>
        <translation>Das Muster %1 muss ein absoluter Pfad sein (mit / beginnen).</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatestore.cpp" line="353"/>
        <location filename="../core/smartstate/smartstatestore.cpp" line="369"/>
        <location filename="../core/smartstate/smartstatestore.cpp" line="373"/>
        <source>Cannot save the profile: %1</source>
        <translation>Das Profil kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Vantage::SmartStateTask</name>
    <message>
        <location filename="../core/smartstate/smartstatetask.cpp" line="53"/>
        <source>VM %1 is not in the inventory; refresh the provider and try again.</source>
        <translation>VM %1 ist nicht im Inventar; aktualisieren Sie den Provider und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatetask.cpp" line="61"/>
        <source>VM %1 is running (%2): its disks change while they are read. Shut it down first, or confirm a crash-consistent scan.</source>
        <translation>VM %1 läuft (%2): Ihre Festplatten ändern sich während des Lesens. Fahren Sie sie zuerst herunter oder bestätigen Sie einen absturzkonsistenten Scan.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatetask.cpp" line="71"/>
        <source>Cannot find the disks of %1: %2</source>
        <translation>Die Festplatten von %1 können nicht gefunden werden: %2</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatetask.cpp" line="92"/>
        <source>The manager is not connected.</source>
        <translation>Der Manager ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatetask.cpp" line="112"/>
        <source>Stored as scan %1.</source>
        <translation>Als Scan %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatetask.cpp" line="127"/>
        <source>SmartState analysis of %1</source>
        <translation>SmartState-Analyse von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/smartstate/smartstatetask.cpp" line="128"/>
        <source>SmartState analysis of %n VM(s)</source>
        <translation>
            <numerusform>SmartState-Analyse von %n VM</numerusform>
            <numerusform>SmartState-Analyse von %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/smartstate/smartstatetask.cpp" line="133"/>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
</context>
<context>
    <name>Vantage::SoapResponse</name>
    <message>
        <location filename="../providers/vmware/soapresponse.cpp" line="103"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/soapresponse.cpp" line="107"/>
        <source>there is no SOAP body</source>
        <translation>es gibt keinen SOAP-Body</translation>
    </message>
</context>
<context>
    <name>Vantage::TableExport</name>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="103"/>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="120"/>
        <source>Could not create %1: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht erstellt werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="129"/>
        <source>Could not save %1: %2. Check the free space and try again.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="138"/>
        <source>table</source>
        <translation>tabelle</translation>
    </message>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="140"/>
        <source>Export Selected Rows to CSV</source>
        <translation>Ausgewählte Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="140"/>
        <location filename="../ui/reports/tableexport.cpp" line="147"/>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="142"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="148"/>
        <source>The table was not exported. %1</source>
        <translation>Die Tabelle wurde nicht exportiert. %1</translation>
    </message>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="153"/>
        <source>Export to CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/reports/tableexport.cpp" line="156"/>
        <source>Export Selected Rows to CSV…</source>
        <translation>Ausgewählte Zeilen als CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>Vantage::TimeFormat</name>
    <message>
        <location filename="../ui/timeformat.cpp" line="16"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="22"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="25"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="27"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="28"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeformat.cpp" line="34"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>Vantage::TimelineWidget</name>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="81"/>
        <source>Event timeline</source>
        <translation>Ereignis-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="83"/>
        <source>Mouse wheel or + and - zoom, drag or the arrow keys move in time, Shift with an arrow key selects the previous or next event, Home shows all events.</source>
        <translation>Mausrad oder + und - zoomen, Ziehen oder die Pfeiltasten bewegen durch die Zeit, Umschalt mit einer Pfeiltaste wählt das vorige oder nächste Ereignis, Pos1 zeigt alle Ereignisse.</translation>
    </message>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="185"/>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="525"/>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="531"/>
        <source>and more; zoom in to tell them apart</source>
        <translation>und weitere; zum Unterscheiden hineinzoomen</translation>
    </message>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="542"/>
        <source>now (still missing)</source>
        <translation>jetzt (fehlen noch)</translation>
    </message>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="544"/>
        <source>Events may be missing from %1 to %2: %3</source>
        <translation>Von %1 bis %2 fehlen womöglich Ereignisse: %3</translation>
    </message>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="585"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="608"/>
        <source>No events in this range</source>
        <translation>Keine Ereignisse in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/events/timelinewidget.cpp" line="700"/>
        <source>events may be missing</source>
        <translation>Ereignisse fehlen womöglich</translation>
    </message>
</context>
<context>
    <name>Vantage::TopConsumersView</name>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="47"/>
        <location filename="../ui/charts/topconsumersview.cpp" line="71"/>
        <source>Top consumers</source>
        <translation>Top-Verbraucher</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="49"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="53"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="54"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="55"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="56"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="57"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="60"/>
        <source>Number of VMs</source>
        <translation>Anzahl der VMs</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="68"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="68"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="68"/>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="78"/>
        <source>Top consumer columns</source>
        <translation>Spalten der Top-Verbraucher</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="93"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="95"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="97"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="203"/>
        <source>The metrics could not be read: %1</source>
        <translation>Die Metriken konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/topconsumersview.cpp" line="222"/>
        <source>%1: the %n VM(s) with the highest average</source>
        <translation>
            <numerusform>%1: die VM mit dem höchsten Durchschnitt</numerusform>
            <numerusform>%1: die %n VMs mit dem höchsten Durchschnitt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/topconsumersview.cpp" line="225"/>
        <source>No data for this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>Vantage::VmNames</name>
    <message>
        <location filename="../ui/lifecycle/managerinventory.cpp" line="135"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/managerinventory.cpp" line="137"/>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/managerinventory.cpp" line="141"/>
        <source>The name must start with a letter or digit.</source>
        <translation>Der Name muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/managerinventory.cpp" line="148"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../ui/lifecycle/managerinventory.cpp" line="152"/>
        <source>The name contains %1; use only letters, digits, dots, dashes and underscores.</source>
        <translation>Der Name enthält %1; verwenden Sie nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche.</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereClient</name>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="214"/>
        <source>%1 answered, but not with a vSphere service description.</source>
        <translation>%1 hat geantwortet, aber nicht mit einer vSphere-Dienstbeschreibung.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="216"/>
        <source>Check that the address is a vCenter or ESXi API endpoint (…/sdk).</source>
        <translation>Prüfen Sie, ob die Adresse ein API-Endpunkt von vCenter oder ESXi ist (…/sdk).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="228"/>
        <source>No user name or password is set for %1.</source>
        <translation>Für %1 sind kein Benutzername oder kein Passwort gesetzt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="229"/>
        <source>Enter the credentials of a vCenter user with read access.</source>
        <translation>Geben Sie die Zugangsdaten eines vCenter-Benutzers mit Leserechten ein.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="240"/>
        <source>%1 refused the user name or password.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="241"/>
        <source>Check the credentials; the account may also be locked or expired.</source>
        <translation>Prüfen Sie die Zugangsdaten; das Konto kann auch gesperrt oder abgelaufen sein.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="253"/>
        <source>%1 accepted the login but sent no session cookie.</source>
        <translation>%1 hat die Anmeldung angenommen, aber kein Sitzungs-Cookie gesendet.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="254"/>
        <source>Check that no proxy strips cookies between here and vCenter.</source>
        <translation>Prüfen Sie, ob ein Proxy zwischen hier und vCenter Cookies entfernt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="355"/>
        <source>%1 sent a fault with a success status: %2 (%3).</source>
        <translation>%1 hat einen Fehler mit Erfolgsstatus gesendet: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="357"/>
        <source>%1 sent an answer that is not a SOAP message (%2).</source>
        <translation>%1 hat eine Antwort gesendet, die keine SOAP-Nachricht ist (%2).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="359"/>
        <source>Check that the address is a vCenter or ESXi API endpoint, and that no proxy rewrites its answers.</source>
        <translation>Prüfen Sie, ob die Adresse ein API-Endpunkt von vCenter oder ESXi ist und kein Proxy dessen Antworten umschreibt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="424"/>
        <location filename="../providers/vmware/vsphereclient.cpp" line="446"/>
        <source>The call %1 to %2 was cancelled.</source>
        <translation>Der Aufruf %1 an %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="454"/>
        <source>The certificate of %1 is not trusted. Its SHA-256 fingerprint is %2.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut. Sein SHA-256-Fingerabdruck ist %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="457"/>
        <source>If vCenter shows the same fingerprint, trust this certificate; otherwise install the certificate authority that signed it.</source>
        <translation>Wenn vCenter denselben Fingerabdruck zeigt, vertrauen Sie diesem Zertifikat; andernfalls installieren Sie die Zertifizierungsstelle, die es signiert hat.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="461"/>
        <source>The certificate of %1 has changed: its SHA-256 fingerprint is %2, the trusted one is %3.</source>
        <translation>Das Zertifikat von %1 hat sich geändert: Sein SHA-256-Fingerabdruck ist %2, der vertraute ist %3.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="464"/>
        <source>If the certificate was replaced on purpose, trust the new one; otherwise someone may be intercepting the connection.</source>
        <translation>Wenn das Zertifikat absichtlich ersetzt wurde, vertrauen Sie dem neuen; andernfalls könnte jemand die Verbindung abhören.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="474"/>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="475"/>
        <source>Check the host name and port, and that the vCenter services run.</source>
        <translation>Prüfen Sie Hostnamen und Port und ob die vCenter-Dienste laufen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="478"/>
        <source>%1 closed the connection during %2.</source>
        <translation>%1 hat die Verbindung während %2 geschlossen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="479"/>
        <source>vCenter may be restarting; try again in a few minutes.</source>
        <translation>vCenter startet möglicherweise neu; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="482"/>
        <source>The host name %1 is not known.</source>
        <translation>Der Hostname %1 ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="483"/>
        <source>Check its spelling and this computer&apos;s DNS settings.</source>
        <translation>Prüfen Sie die Schreibweise und die DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="487"/>
        <source>%1 did not answer %2 within %3 seconds.</source>
        <translation>%1 hat %2 nicht innerhalb von %3 Sekunden beantwortet.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="490"/>
        <source>Check the network between here and vCenter, and its load.</source>
        <translation>Prüfen Sie das Netzwerk zwischen hier und vCenter sowie dessen Auslastung.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="493"/>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="494"/>
        <source>Check the address and the network between here and vCenter.</source>
        <translation>Prüfen Sie die Adresse und das Netzwerk zwischen hier und vCenter.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="509"/>
        <source>%1 refused %2: %3.</source>
        <translation>%1 hat %2 abgelehnt: %3.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="510"/>
        <source>%1 refused %2: %3 (%4).</source>
        <translation>%1 hat %2 abgelehnt: %3 (%4).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="516"/>
        <source>%1 answered %2 with HTTP status %3.</source>
        <translation>%1 hat %2 mit HTTP-Status %3 beantwortet.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="518"/>
        <source>Check the address: the vSphere API is at https://HOST/sdk.</source>
        <translation>Prüfen Sie die Adresse: Die vSphere-API liegt unter https://HOST/sdk.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="519"/>
        <source>Check that the address is a vCenter or ESXi API endpoint.</source>
        <translation>Prüfen Sie, ob die Adresse ein API-Endpunkt von vCenter oder ESXi ist.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="538"/>
        <source>&quot;%1&quot; is not a host name or an https://…/sdk address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine https://…/sdk-Adresse.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="542"/>
        <source>The address must start with https:// (or http:// for a test server).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder http:// für einen Testserver).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereclient.cpp" line="546"/>
        <source>Leave the user name out of the address; enter it as the credentials.</source>
        <translation>Lassen Sie den Benutzernamen aus der Adresse weg; geben Sie ihn als Zugangsdaten ein.</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereEventParser</name>
    <message>
        <location filename="../providers/vmware/vsphereeventparser.cpp" line="40"/>
        <source>The answer is %1, not a list of events.</source>
        <translation>Die Antwort ist %1, keine Liste von Ereignissen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereeventparser.cpp" line="47"/>
        <source>The vCenter refused to read events (%1): %2</source>
        <translation>vCenter hat das Lesen der Ereignisse abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereeventparser.cpp" line="76"/>
        <source>The answer holds more than %1 events.</source>
        <translation>Die Antwort enthält mehr als %1 Ereignisse.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereeventparser.cpp" line="112"/>
        <source>An event has no type or no key.</source>
        <translation>Ein Ereignis hat keinen Typ oder keinen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereInventoryMapper</name>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventorymapper.cpp" line="265"/>
        <source>%1 of %2 is not a number: &quot;%3&quot;</source>
        <translation>%1 von %2 ist keine Zahl: „%3“</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereInventoryParser</name>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventoryparser.cpp" line="48"/>
        <source>The answer is %1 in namespace &quot;%2&quot;, not a property collector&apos;s answer.</source>
        <translation>Die Antwort ist %1 im Namensraum „%2“, nicht die Antwort eines Property Collectors.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventoryparser.cpp" line="63"/>
        <source>The vCenter refused the request: %1</source>
        <translation>vCenter hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventoryparser.cpp" line="64"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventoryparser.cpp" line="66"/>
        <source>The vCenter refused the request (%1).</source>
        <translation>vCenter hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventoryparser.cpp" line="68"/>
        <source>The vCenter refused the request (%1): %2</source>
        <translation>vCenter hat die Anfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventoryparser.cpp" line="98"/>
        <source>An object of the answer has no reference.</source>
        <translation>Ein Objekt der Antwort hat keine Referenz.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventoryparser.cpp" line="115"/>
        <source>A property value comes without its name.</source>
        <translation>Ein Eigenschaftswert kommt ohne seinen Namen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventoryparser.cpp" line="131"/>
        <source>An object has more than %1 values.</source>
        <translation>Ein Objekt hat mehr als %1 Werte.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/inventory/vsphereinventoryparser.cpp" line="201"/>
        <source>The vCenter&apos;s answer is malformed at line %1, column %2: %3</source>
        <translation>Die Antwort von vCenter ist in Zeile %1, Spalte %2 fehlerhaft: %3</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereOperationParser</name>
    <message>
        <location filename="../providers/vmware/vsphereoperationparser.cpp" line="59"/>
        <source>The answer is %1, not a list of properties.</source>
        <translation>Die Antwort ist %1, keine Liste von Eigenschaften.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperationparser.cpp" line="66"/>
        <source>The vCenter refused to read properties (%1): %2</source>
        <translation>Das vCenter hat das Lesen von Eigenschaften abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperationparser.cpp" line="101"/>
        <source>The answer lists more than %1 items.</source>
        <translation>Die Antwort listet mehr als %1 Einträge.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperationparser.cpp" line="145"/>
        <source>The VM has more than %1 devices.</source>
        <translation>Die VM hat mehr als %1 Geräte.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperationparser.cpp" line="154"/>
        <source>A device&apos;s type “%1” is not a vSphere type name.</source>
        <translation>Der Gerätetyp „%1“ ist kein vSphere-Typname.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperationparser.cpp" line="221"/>
        <source>The task&apos;s state “%1” is not one vSphere defines.</source>
        <translation>Der Aufgabenstatus „%1“ ist keiner, den vSphere definiert.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperationparser.cpp" line="222"/>
        <source>The answer holds no task.</source>
        <translation>Die Antwort enthält keine Aufgabe.</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereOperations</name>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="91"/>
        <source>VM %1 is no longer in vCenter.</source>
        <translation>Die VM %1 ist nicht mehr im vCenter.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="92"/>
        <source>Refresh the provider to see its current inventory.</source>
        <translation>Aktualisieren Sie den Provider, um sein aktuelles Inventar zu sehen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="110"/>
        <source>running</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="112"/>
        <source>powered off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="114"/>
        <source>suspended</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="115"/>
        <source>in an unknown power state</source>
        <translation>in einem unbekannten Energiezustand</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="123"/>
        <source>“%1” cannot be started: it is %2.</source>
        <translation>„%1“ kann nicht gestartet werden: sie ist %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="125"/>
        <source>“%1” cannot be shut down: it is %2.</source>
        <translation>„%1“ kann nicht heruntergefahren werden: sie ist %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="127"/>
        <source>“%1” cannot be powered off: it is %2.</source>
        <translation>„%1“ kann nicht ausgeschaltet werden: sie ist %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="129"/>
        <source>“%1” cannot be rebooted: it is %2.</source>
        <translation>„%1“ kann nicht neu gestartet werden: sie ist %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="131"/>
        <source>“%1” cannot be reset: it is %2.</source>
        <translation>„%1“ kann nicht zurückgesetzt werden: sie ist %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="133"/>
        <source>“%1” cannot be suspended: it is %2.</source>
        <translation>„%1“ kann nicht angehalten werden: sie ist %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="135"/>
        <source>“%1” cannot be resumed: it is %2.</source>
        <translation>„%1“ kann nicht fortgesetzt werden: sie ist %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="144"/>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="529"/>
        <source>Could not start “%1”.</source>
        <translation>„%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="146"/>
        <source>Could not ask “%1” to shut down.</source>
        <translation>„%1“ konnte nicht zum Herunterfahren aufgefordert werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="148"/>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="333"/>
        <source>Could not power off “%1”.</source>
        <translation>„%1“ konnte nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="150"/>
        <source>Could not ask “%1” to reboot.</source>
        <translation>„%1“ konnte nicht zum Neustart aufgefordert werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="152"/>
        <source>Could not reset “%1”.</source>
        <translation>„%1“ konnte nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="154"/>
        <source>Could not suspend “%1”.</source>
        <translation>„%1“ konnte nicht angehalten werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="156"/>
        <source>Could not resume “%1”.</source>
        <translation>„%1“ konnte nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="193"/>
        <source>“%1” is a template, which cannot be powered on or off.</source>
        <translation>„%1“ ist eine Vorlage, die nicht ein- oder ausgeschaltet werden kann.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="194"/>
        <source>Clone a VM from it and use that.</source>
        <translation>Klonen Sie eine VM daraus und verwenden Sie diese.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="199"/>
        <source>Refresh the provider to see its current state.</source>
        <translation>Aktualisieren Sie den Provider, um seinen aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="210"/>
        <source>A graceful shutdown or reboot needs VMware Tools running in the guest; use Power Off or Reset instead.</source>
        <translation>Ein geordnetes Herunterfahren oder ein Neustart braucht laufende VMware Tools im Gast; verwenden Sie stattdessen Ausschalten oder Zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="241"/>
        <source>%1 names no search index, so new VM names cannot be checked.</source>
        <translation>%1 nennt keinen Suchindex, daher können neue VM-Namen nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="283"/>
        <source>The VM to clone is in no datacenter that vCenter shows.</source>
        <translation>Die zu klonende VM liegt in keinem Rechenzentrum, das das vCenter zeigt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="284"/>
        <source>Refresh the provider and choose the source again.</source>
        <translation>Aktualisieren Sie den Provider und wählen Sie die Quelle erneut.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="320"/>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="706"/>
        <source>Could not remove “%1”.</source>
        <translation>„%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="341"/>
        <source>The unfinished VM “%1” is left in vCenter (%2); remove it in the vSphere Client.</source>
        <translation>Die unfertige VM „%1“ ist im vCenter verblieben (%2); entfernen Sie sie im vSphere Client.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="351"/>
        <source>vSphere makes new VMs by cloning a VM or template; “%1” names none.</source>
        <translation>vSphere erstellt neue VMs durch Klonen einer VM oder Vorlage; „%1“ nennt keine.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="353"/>
        <source>Choose a VM or template as the source. Disk images and ISOs are sources for libvirt providers only.</source>
        <translation>Wählen Sie eine VM oder Vorlage als Quelle. Disk-Images und ISOs sind nur Quellen für libvirt-Provider.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="368"/>
        <source>The disk of “%1” cannot be smaller than the disk of “%2” (%3 MiB).</source>
        <translation>Die Festplatte von „%1“ kann nicht kleiner sein als die von „%2“ (%3 MiB).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="372"/>
        <source>“%1” has no disk to grow.</source>
        <translation>„%1“ hat keine Festplatte, die vergrößert werden könnte.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="373"/>
        <source>Leave the disk size as the source&apos;s, or choose a larger one.</source>
        <translation>Lassen Sie die Festplattengröße wie bei der Quelle oder wählen Sie eine größere.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="388"/>
        <source>A VM named “%1” exists already in that datacenter.</source>
        <translation>Eine VM namens „%1“ gibt es in diesem Rechenzentrum bereits.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="389"/>
        <source>Choose another name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="453"/>
        <source>Could not clone “%1” to “%2”.</source>
        <translation>„%1“ konnte nicht nach „%2“ geklont werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="459"/>
        <source>Vantage could not check whether vCenter made “%1” anyway; look for it in the vSphere Client.</source>
        <translation>Vantage konnte nicht prüfen, ob das vCenter „%1“ trotzdem erstellt hat; suchen Sie sie im vSphere Client.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="472"/>
        <source>vCenter cloned “%1” but did not say which VM it made.</source>
        <translation>Das vCenter hat „%1“ geklont, aber nicht gesagt, welche VM es erstellt hat.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="473"/>
        <source>Refresh the provider to see the new VM.</source>
        <translation>Aktualisieren Sie den Provider, um die neue VM zu sehen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="493"/>
        <source>Could not move “%1” to its host.</source>
        <translation>„%1“ konnte nicht auf ihren Host verschoben werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="520"/>
        <source>Could not set the hardware of “%1”.</source>
        <translation>Die Hardware von „%1“ konnte nicht eingestellt werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="553"/>
        <source>“%1” is a template, whose hardware vSphere does not change.</source>
        <translation>„%1“ ist eine Vorlage, deren Hardware vSphere nicht ändert.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="554"/>
        <source>Convert it to a VM in the vSphere Client, or reconfigure a clone of it.</source>
        <translation>Wandeln Sie sie im vSphere Client in eine VM um oder konfigurieren Sie einen Klon davon um.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="559"/>
        <source>“%1” is %2, and vSphere changes a VM at once, never at its next boot.</source>
        <translation>„%1“ ist %2, und vSphere ändert eine VM sofort, nie erst beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="561"/>
        <source>Apply the change now, or power the VM off first.</source>
        <translation>Übernehmen Sie die Änderung jetzt oder schalten Sie die VM zuerst aus.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="583"/>
        <source>VM “%1” has no disk %2.</source>
        <translation>Die VM „%1“ hat keine Festplatte %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="584"/>
        <source>Refresh the provider and choose the disk again.</source>
        <translation>Aktualisieren Sie den Provider und wählen Sie die Festplatte erneut.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="592"/>
        <source>VM “%1” has no network interface %2.</source>
        <translation>Die VM „%1“ hat keine Netzwerkschnittstelle %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="593"/>
        <source>Refresh the provider and choose the interface again.</source>
        <translation>Aktualisieren Sie den Provider und wählen Sie die Schnittstelle erneut.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="609"/>
        <source>VM “%1” has no SCSI controller to attach a new disk to.</source>
        <translation>Die VM „%1“ hat keinen SCSI-Controller, an den eine neue Festplatte angeschlossen werden kann.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="610"/>
        <source>Add a SCSI controller in the vSphere Client first.</source>
        <translation>Fügen Sie zuerst im vSphere Client einen SCSI-Controller hinzu.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="623"/>
        <source>VM “%1” has no free place on its SCSI controller for another disk.</source>
        <translation>Die VM „%1“ hat an ihrem SCSI-Controller keinen freien Platz für eine weitere Festplatte.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="625"/>
        <source>Remove a disk or add a controller in the vSphere Client.</source>
        <translation>Entfernen Sie eine Festplatte oder fügen Sie im vSphere Client einen Controller hinzu.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="657"/>
        <source>vSphere has no network interface model “%1”.</source>
        <translation>vSphere hat kein Netzwerkschnittstellen-Modell „%1“.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="658"/>
        <source>Use vmxnet3, e1000 or e1000e.</source>
        <translation>Verwenden Sie vmxnet3, e1000 oder e1000e.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="671"/>
        <source>The change to “%1” is empty.</source>
        <translation>Die Änderung an „%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="672"/>
        <source>Choose something to reconfigure.</source>
        <translation>Wählen Sie etwas zum Umkonfigurieren.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="678"/>
        <source>Could not reconfigure “%1”.</source>
        <translation>„%1“ konnte nicht umkonfiguriert werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="697"/>
        <source>“%1” cannot be removed: it is %2.</source>
        <translation>„%1“ kann nicht entfernt werden: sie ist %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereoperations.cpp" line="698"/>
        <source>Power it off first, or retire it, which shuts it down on the way.</source>
        <translation>Schalten Sie sie zuerst aus oder setzen Sie sie außer Betrieb, was sie dabei herunterfährt.</translation>
    </message>
</context>
<context>
    <name>Vantage::VspherePerfParser</name>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="54"/>
        <source>The answer is %1, not %2.</source>
        <translation>Die Antwort ist %1, nicht %2.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="62"/>
        <source>The vCenter refused to report performance data (%1).</source>
        <translation>Das vCenter hat die Auskunft über Leistungsdaten abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="64"/>
        <source>The vCenter refused to report performance data (%1): %2</source>
        <translation>Das vCenter hat die Auskunft über Leistungsdaten abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="102"/>
        <source>The vCenter could not read its performance counters (%1).</source>
        <translation>Das vCenter konnte seine Leistungszähler nicht lesen (%1).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="110"/>
        <source>The answer holds more than %1 counters.</source>
        <translation>Die Antwort enthält mehr als %1 Zähler.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="139"/>
        <source>A performance counter has no key or no name.</source>
        <translation>Ein Leistungszähler hat keinen Schlüssel oder keinen Namen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="162"/>
        <source>The answer holds more than %1 entities.</source>
        <translation>Die Antwort enthält mehr als %1 Objekte.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="181"/>
        <source>An entity has more than %1 samples.</source>
        <translation>Ein Objekt hat mehr als %1 Messwerte.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="188"/>
        <source>An entity has more than %1 series.</source>
        <translation>Ein Objekt hat mehr als %1 Reihen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="200"/>
        <source>Performance data names no entity.</source>
        <translation>Leistungsdaten nennen kein Objekt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="207"/>
        <source>A series of %1 has %2 values for %3 samples.</source>
        <translation>Eine Reihe von %1 hat %2 Werte für %3 Messzeitpunkte.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="226"/>
        <source>A sample time &quot;%1&quot; cannot be read.</source>
        <translation>Eine Messzeit „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="240"/>
        <source>A sample has no time.</source>
        <translation>Ein Messwert hat keine Zeit.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="262"/>
        <source>The answer holds more than %1 values.</source>
        <translation>Die Antwort enthält mehr als %1 Werte.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperfparser.cpp" line="281"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>Vantage::VspherePerformance</name>
    <message>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="47"/>
        <source>%1 has no performance manager, so it reports no metrics.</source>
        <translation>%1 hat keinen Performance-Manager und liefert daher keine Metriken.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="48"/>
        <source>Charts stay empty for this provider.</source>
        <translation>Die Diagramme bleiben für diesen Provider leer.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="65"/>
        <source>%1 sent a list of performance counters that cannot be read: %2</source>
        <translation>%1 hat eine Liste von Leistungszählern gesendet, die nicht gelesen werden kann: %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="67"/>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="141"/>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="204"/>
        <source>Metrics are read again at the next sampling.</source>
        <translation>Metriken werden bei der nächsten Abfrage erneut gelesen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="74"/>
        <source>%1 reports none of the performance counters Vantage charts (cpu.usage.average, mem.usage.average, disk and network rates).</source>
        <translation>%1 liefert keinen der Leistungszähler, die Vantage darstellt (cpu.usage.average, mem.usage.average, Festplatten- und Netzwerkraten).</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="77"/>
        <source>Check the vCenter&apos;s statistics level; charts stay empty until then.</source>
        <translation>Prüfen Sie die Statistikstufe des vCenters; bis dahin bleiben die Diagramme leer.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="139"/>
        <source>%1 sent a list of VMs and hosts that cannot be read: %2</source>
        <translation>%1 hat eine Liste von VMs und Hosts gesendet, die nicht gelesen werden kann: %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereperformance.cpp" line="202"/>
        <source>%1 sent performance data that cannot be read: %2</source>
        <translation>%1 hat Leistungsdaten gesendet, die nicht gelesen werden können: %2</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereProviderType</name>
    <message>
        <location filename="../providers/vmware/vsphereprovidertype.cpp" line="22"/>
        <source>VMware vSphere</source>
        <translation>VMware vSphere</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereprovidertype.cpp" line="33"/>
        <source>vCenter address</source>
        <translation>vCenter-Adresse</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereprovidertype.cpp" line="69"/>
        <source>1 host</source>
        <translation>1 Host</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereprovidertype.cpp" line="69"/>
        <source>%1 hosts</source>
        <translation>%1 Hosts</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereprovidertype.cpp" line="70"/>
        <source>1 VM</source>
        <translation>1 VM</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereprovidertype.cpp" line="70"/>
        <source>%1 VMs</source>
        <translation>%1 VMs</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereprovidertype.cpp" line="71"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereSession</name>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="32"/>
        <source>No vCenter address is set.</source>
        <translation>Es ist keine vCenter-Adresse gesetzt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="51"/>
        <source>Edit the provider&apos;s address.</source>
        <translation>Bearbeiten Sie die Adresse des Providers.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="158"/>
        <source>%1 sent an inventory page that cannot be read: %2</source>
        <translation>%1 hat eine Inventarseite gesendet, die nicht gelesen werden kann: %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="160"/>
        <source>The last inventory is kept; the next refresh tries again.</source>
        <translation>Das letzte Inventar bleibt erhalten; die nächste Aktualisierung versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="200"/>
        <source>Reading the vCenter inventory was cancelled.</source>
        <translation>Das Lesen des vCenter-Inventars wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="205"/>
        <source>Reading the vCenter inventory</source>
        <translation>Lese das vCenter-Inventar</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="229"/>
        <source>Read the vCenter inventory</source>
        <translation>vCenter-Inventar lesen</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="381"/>
        <source>%1 sent events that cannot be read: %2</source>
        <translation>%1 hat Ereignisse gesendet, die nicht gelesen werden können: %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="382"/>
        <source>Events are read again after reconnecting; a full refresh follows.</source>
        <translation>Nach dem erneuten Verbinden werden die Ereignisse wieder gelesen; eine vollständige Aktualisierung folgt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="405"/>
        <source>%1 has no event manager, so it reports no events.</source>
        <translation>%1 hat keinen Event-Manager und meldet daher keine Ereignisse.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheresession.cpp" line="432"/>
        <source>%1 did not create an event collector.</source>
        <translation>%1 hat keinen Ereignissammler angelegt.</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereTaskRunner</name>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="40"/>
        <source>%1 sent properties of %2 that cannot be read: %3</source>
        <translation>%1 hat Eigenschaften von %2 gesendet, die nicht gelesen werden können: %3</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="48"/>
        <source>%1 no longer has %2.</source>
        <translation>%1 hat %2 nicht mehr.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="49"/>
        <source>Refresh the provider to see its current inventory.</source>
        <translation>Aktualisieren Sie den Provider, um sein aktuelles Inventar zu sehen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="79"/>
        <source>%1 started no task for it.</source>
        <translation>%1 hat dafür keine Aufgabe gestartet.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="117"/>
        <source>%1 sent a task state that cannot be read: %2</source>
        <translation>%1 hat einen Aufgabenstatus gesendet, der nicht gelesen werden kann: %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="119"/>
        <source>Refresh the provider to see what the task did.</source>
        <translation>Aktualisieren Sie den Provider, um zu sehen, was die Aufgabe bewirkt hat.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="133"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="134"/>
        <source>vCenter gave no reason.</source>
        <translation>Das vCenter hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="135"/>
        <source>vCenter says: %1</source>
        <translation>Das vCenter meldet: %1</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="145"/>
        <source>Stopped while vCenter&apos;s task %1 still ran; Vantage asked vCenter to cancel it.</source>
        <translation>Angehalten, während die vCenter-Aufgabe %1 noch lief; Vantage hat das vCenter gebeten, sie abzubrechen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="156"/>
        <source>vCenter&apos;s task %1 did not finish within %2 seconds; Vantage asked vCenter to cancel it.</source>
        <translation>Die vCenter-Aufgabe %1 ist nicht innerhalb von %2 Sekunden fertig geworden; Vantage hat das vCenter gebeten, sie abzubrechen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vspheretask.cpp" line="160"/>
        <source>Look at the task in the vSphere Client, then refresh the provider.</source>
        <translation>Sehen Sie sich die Aufgabe im vSphere Client an und aktualisieren Sie dann den Provider.</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereUpdateParser</name>
    <message>
        <location filename="../providers/vmware/vsphereupdateparser.cpp" line="40"/>
        <source>The answer is %1, not a set of property updates.</source>
        <translation>Die Antwort ist %1, keine Menge von Eigenschaftsänderungen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereupdateparser.cpp" line="47"/>
        <source>The vCenter refused to report changes (%1): %2</source>
        <translation>Das vCenter hat die Auskunft über Änderungen abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereupdateparser.cpp" line="66"/>
        <source>The set of property updates has no version.</source>
        <translation>Die Menge der Eigenschaftsänderungen hat keine Version.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereupdateparser.cpp" line="73"/>
        <source>The answer holds more than %1 object updates.</source>
        <translation>Die Antwort enthält mehr als %1 Objektänderungen.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereupdateparser.cpp" line="105"/>
        <source>An object update has the unknown kind &quot;%1&quot;.</source>
        <translation>Eine Objektänderung hat die unbekannte Art „%1“.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereupdateparser.cpp" line="110"/>
        <source>An object update names no object.</source>
        <translation>Eine Objektänderung nennt kein Objekt.</translation>
    </message>
</context>
<context>
    <name>Vantage::VsphereUpdateWatcher</name>
    <message>
        <location filename="../providers/vmware/vsphereupdates.cpp" line="57"/>
        <source>%1 sent property changes that cannot be read: %2</source>
        <translation>%1 hat Eigenschaftsänderungen gesendet, die nicht gelesen werden können: %2</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereupdates.cpp" line="63"/>
        <source>The inventory is read in full and watched again.</source>
        <translation>Das Inventar wird vollständig gelesen und erneut überwacht.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereupdates.cpp" line="84"/>
        <source>%1 did not create the %2 that watches for changes.</source>
        <translation>%1 hat das %2 nicht erstellt, das auf Änderungen achtet.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereupdates.cpp" line="111"/>
        <source>%1 answered the first wait for changes without a version.</source>
        <translation>%1 hat das erste Warten auf Änderungen ohne Version beantwortet.</translation>
    </message>
    <message>
        <location filename="../providers/vmware/vsphereupdates.cpp" line="113"/>
        <source>Changes are picked up by events and full refreshes instead.</source>
        <translation>Änderungen werden stattdessen durch Ereignisse und vollständige Aktualisierungen erfasst.</translation>
    </message>
</context>
<context>
    <name>Vantage::WorkersDialog</name>
    <message>
        <location filename="../ui/workersdialog.cpp" line="21"/>
        <location filename="../ui/workersdialog.cpp" line="22"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ui/workersdialog.cpp" line="32"/>
        <source>Every background worker, its heartbeat and its last error. A worker that stops beating is restarted by the supervisor.</source>
        <translation>Alle Hintergrund-Worker mit ihrem Lebenszeichen und ihrem letzten Fehler. Ein Worker ohne Lebenszeichen wird vom Supervisor neu gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/workersdialog.cpp" line="39"/>
        <source>Workers table</source>
        <translation>Worker-Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/workersdialog.cpp" line="56"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Vantage::WorkersModel</name>
    <message>
        <location filename="../ui/workersmodel.cpp" line="142"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/workersmodel.cpp" line="144"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/workersmodel.cpp" line="146"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../ui/workersmodel.cpp" line="148"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/workersmodel.cpp" line="150"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/workersmodel.cpp" line="152"/>
        <source>Heartbeat</source>
        <translation>Lebenszeichen</translation>
    </message>
    <message>
        <location filename="../ui/workersmodel.cpp" line="154"/>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <location filename="../ui/workersmodel.cpp" line="156"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
</TS>
