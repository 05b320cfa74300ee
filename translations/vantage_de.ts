<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <location filename="../app/main.cpp" line="128"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="52"/>
        <source>The file was not changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>Choose Another Database…</source>
        <translation>Andere Datenbank wählen…</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>Choose a Database</source>
        <translation>Datenbank wählen</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Vantage databases (*.sqlite)</source>
        <translation>Vantage-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="99"/>
        <source>Vantage: one console for your virtual infrastructure, cloud and containers.
Headless commands: vantage provider add|list|remove, vantage refresh NAME|--all.</source>
        <translation>Vantage: eine Konsole für Ihre virtuelle Infrastruktur, Cloud und Container.
Befehle ohne Fenster: vantage provider add|list|remove, vantage refresh NAME|--all.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="105"/>
        <source>Use the database at PATH.</source>
        <translation>Die Datenbank unter PATH verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="108"/>
        <source>Open the demo: a libvirt test-driver provider with two hosts, in a database of its own.</source>
        <translation>Die Demo öffnen: ein Provider mit dem libvirt-Testtreiber und zwei Hosts, in einer eigenen Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="111"/>
        <source>Show the cached inventory without refreshing at start-up.</source>
        <translation>Das zwischengespeicherte Inventar zeigen, ohne beim Start zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="115"/>
        <source>Quit as soon as the cached inventory is on screen (start-up benchmarks).</source>
        <translation>Beenden, sobald das zwischengespeicherte Inventar angezeigt wird (Startzeit-Messungen).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
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
    <name>Vantage::Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="71"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="77"/>
        <source>Add a provider, after checking that it answers.</source>
        <translation>Einen Provider hinzufügen, nachdem geprüft wurde, dass er antwortet.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="78"/>
        <location filename="../app/cli.cpp" line="168"/>
        <location filename="../app/cli.cpp" line="190"/>
        <source>The provider&apos;s name.</source>
        <translation>Der Name des Providers.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="80"/>
        <source>The provider type (%1).</source>
        <translation>Der Provider-Typ (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="83"/>
        <source>An endpoint URI; repeat for several hosts.</source>
        <translation>Eine Endpunkt-URI; für mehrere Hosts wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="85"/>
        <source>The user name.</source>
        <translation>Der Benutzername.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="88"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="91"/>
        <source>Add it without connecting first.</source>
        <translation>Ohne vorherige Verbindung hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="97"/>
        <source>provider add takes one NAME; see --help.</source>
        <translation>provider add erwartet genau einen NAME; siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="99"/>
        <source>provider add needs --type and at least one --uri.</source>
        <translation>provider add braucht --type und mindestens eine --uri.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="115"/>
        <source>Unknown provider type &quot;%1&quot;; known types: %2.</source>
        <translation>Unbekannter Provider-Typ „%1“; bekannte Typen: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="127"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="128"/>
        <source>Verified: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="133"/>
        <source>Added provider &quot;%1&quot;.</source>
        <translation>Provider „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="140"/>
        <source>List the providers.</source>
        <translation>Die Provider auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="147"/>
        <source>No providers. Add one with: vantage provider add NAME --type libvirt --uri URI</source>
        <translation>Keine Provider. Einen hinzufügen mit: vantage provider add NAME --type libvirt --uri URI</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="155"/>
        <source>not refreshed</source>
        <translation>nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="167"/>
        <source>Remove a provider and all its inventory.</source>
        <translation>Einen Provider samt seinem gesamten Inventar entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="173"/>
        <source>provider remove takes one NAME.</source>
        <translation>provider remove erwartet genau einen NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="178"/>
        <location filename="../app/cli.cpp" line="206"/>
        <source>There is no provider named &quot;%1&quot;; see vantage provider list.</source>
        <translation>Es gibt keinen Provider namens „%1“; siehe vantage provider list.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="182"/>
        <source>Removed provider &quot;%1&quot; and its inventory.</source>
        <translation>Provider „%1“ und sein Inventar entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="189"/>
        <source>Refresh the inventory of one provider or all.</source>
        <translation>Das Inventar eines Providers oder aller Provider aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="192"/>
        <source>Refresh every provider.</source>
        <translation>Alle Provider aktualisieren.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="193"/>
        <source>Print only errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="209"/>
        <source>refresh takes a provider NAME or --all.</source>
        <translation>refresh erwartet einen Provider-NAMEN oder --all.</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="233"/>
        <source>%1: refresh failed: %2</source>
        <translation>%1: Aktualisierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="238"/>
        <source>%1: refreshed in %2 ms (collect %3 ms, save %4 ms): %5 added, %6 changed, %7 removed</source>
        <translation>%1: in %2 ms aktualisiert (Abruf %3 ms, Speichern %4 ms): %5 hinzugefügt, %6 geändert, %7 entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli.cpp" line="277"/>
        <source>Unknown command &quot;provider %1&quot;; use provider add, list or remove.</source>
        <translation>Unbekannter Befehl „provider %1“; verwenden Sie provider add, list oder remove.</translation>
    </message>
</context>
<context>
    <name>Vantage::CredentialStore</name>
    <message>
        <location filename="../core/credentialstore.cpp" line="31"/>
        <source>The system keyring is not available or is locked (%1). Start and unlock a keyring such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar oder gesperrt (%1). Starten und entsperren Sie einen Schlüsselbund wie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="37"/>
        <source>The keyring has no password for this provider. Edit the provider and enter its credentials again.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für diesen Provider. Bearbeiten Sie den Provider und geben Sie seine Zugangsdaten erneut ein.</translation>
    </message>
    <message>
        <location filename="../core/credentialstore.cpp" line="43"/>
        <source>The system keyring reported an error: %1</source>
        <translation>Der System-Schlüsselbund meldet einen Fehler: %1</translation>
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
        <location filename="../app/demo.cpp" line="26"/>
        <source>The demo file %1 is missing from this build.</source>
        <translation>Die Demo-Datei %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../app/demo.cpp" line="37"/>
        <source>Cannot write the demo file %1: %2</source>
        <translation>Die Demo-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/demo.cpp" line="60"/>
        <source>Cannot create the folder %1 for the demo files.</source>
        <translation>Der Ordner %1 für die Demo-Dateien kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Vantage::DetailsPane</name>
    <message>
        <location filename="../ui/detailspane.cpp" line="71"/>
        <location filename="../ui/detailspane.cpp" line="392"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="71"/>
        <location filename="../ui/detailspane.cpp" line="392"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="77"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="78"/>
        <source>Powered off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="79"/>
        <source>Suspended</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="80"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="82"/>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="83"/>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="88"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="96"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="119"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="120"/>
        <source>Copy all details to the clipboard</source>
        <translation>Alle Details in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="121"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="144"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="145"/>
        <source>Select a provider, host, VM, network or storage pool in the inventory to see its properties here.</source>
        <translation>Wählen Sie im Inventar einen Provider, einen Host, eine VM, ein Netzwerk oder einen Speicherpool, um hier seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="232"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="235"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="246"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="288"/>
        <source>The inventory shown is from the last successful refresh, %1.</source>
        <translation>Das gezeigte Inventar stammt von der letzten erfolgreichen Aktualisierung, %1.</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="291"/>
        <source>No refresh of this manager has succeeded yet.</source>
        <translation>Bisher war keine Aktualisierung dieses Managers erfolgreich.</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="292"/>
        <source>Stale: the last refresh of %1 failed %2: %3 %4</source>
        <translation>Veraltet: Die letzte Aktualisierung von %1 ist %2 fehlgeschlagen: %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="298"/>
        <source>Stale inventory warning</source>
        <translation>Warnung: veraltetes Inventar</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="359"/>
        <source>Provider · %1</source>
        <translation>Provider · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="366"/>
        <location filename="../ui/detailspane.cpp" line="447"/>
        <location filename="../ui/detailspane.cpp" line="471"/>
        <location filename="../ui/detailspane.cpp" line="514"/>
        <location filename="../ui/detailspane.cpp" line="575"/>
        <location filename="../ui/detailspane.cpp" line="598"/>
        <location filename="../ui/detailspane.cpp" line="626"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="367"/>
        <location filename="../ui/detailspane.cpp" line="558"/>
        <location filename="../ui/detailspane.cpp" line="600"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="368"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="375"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="376"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="377"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="378"/>
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="379"/>
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="380"/>
        <source>%n storage pool(s)</source>
        <translation>
            <numerusform>%n Speicherpool</numerusform>
            <numerusform>%n Speicherpools</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="381"/>
        <location filename="../ui/detailspane.cpp" line="489"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="387"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="387"/>
        <source>Manager: %1</source>
        <translation>Manager: %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="388"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="389"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="390"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="391"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="391"/>
        <source>Stored in the system keyring</source>
        <translation>Im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="392"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="395"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="397"/>
        <source>Failed (stale)</source>
        <translation>Fehlgeschlagen (veraltet)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="399"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="401"/>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="402"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="404"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="405"/>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="407"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="420"/>
        <location filename="../ui/detailspane.cpp" line="425"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="420"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="421"/>
        <source>Folder · %1</source>
        <translation>Ordner · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="428"/>
        <source>Storage pools</source>
        <translation>Speicherpools</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="431"/>
        <location filename="../ui/detailspane.cpp" line="608"/>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="445"/>
        <source>Cluster · %1</source>
        <translation>Cluster · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="448"/>
        <location filename="../ui/detailspane.cpp" line="495"/>
        <location filename="../ui/detailspane.cpp" line="526"/>
        <location filename="../ui/detailspane.cpp" line="581"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="449"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="451"/>
        <location filename="../ui/detailspane.cpp" line="477"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="469"/>
        <source>Host · %1</source>
        <translation>Host · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="472"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="473"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="474"/>
        <location filename="../ui/detailspane.cpp" line="516"/>
        <source>Power</source>
        <translation>Betriebszustand</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="476"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="479"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="480"/>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="484"/>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="485"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="486"/>
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n Sockel</numerusform>
            <numerusform>%n Sockel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="487"/>
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n Kern</numerusform>
            <numerusform>%n Kerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="488"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="490"/>
        <source>CPU speed</source>
        <translation>CPU-Takt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="492"/>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="494"/>
        <location filename="../ui/detailspane.cpp" line="522"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="512"/>
        <source>Template · %1</source>
        <translation>Vorlage · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="512"/>
        <source>Virtual machine · %1</source>
        <translation>Virtuelle Maschine · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="515"/>
        <location filename="../ui/detailspane.cpp" line="576"/>
        <location filename="../ui/detailspane.cpp" line="599"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="517"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="521"/>
        <source>%1 (maximum %2)</source>
        <translation>%1 (maximal %2)</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="523"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="524"/>
        <location filename="../ui/detailspane.cpp" line="580"/>
        <location filename="../ui/detailspane.cpp" line="606"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="525"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="542"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="543"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="543"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="543"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="543"/>
        <location filename="../ui/detailspane.cpp" line="558"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="543"/>
        <location filename="../ui/detailspane.cpp" line="628"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="543"/>
        <location filename="../ui/detailspane.cpp" line="602"/>
        <location filename="../ui/detailspane.cpp" line="629"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="557"/>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="558"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="558"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="573"/>
        <source>Network · %1</source>
        <translation>Netzwerk · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="577"/>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="578"/>
        <source>Forward mode</source>
        <translation>Weiterleitungsmodus</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="579"/>
        <location filename="../ui/detailspane.cpp" line="605"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="596"/>
        <source>Storage pool · %1</source>
        <translation>Speicherpool · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="601"/>
        <location filename="../ui/detailspane.cpp" line="627"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="603"/>
        <location filename="../ui/detailspane.cpp" line="630"/>
        <source>Allocated</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="604"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="624"/>
        <source>Volume · %1</source>
        <translation>Volume · %1</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="631"/>
        <source>Storage pool</source>
        <translation>Speicherpool</translation>
    </message>
</context>
<context>
    <name>Vantage::DomainXmlParser</name>
    <message>
        <location filename="../providers/libvirt/domainxmlparser.cpp" line="26"/>
        <source>Domain XML is malformed: %1</source>
        <translation>Das Domain-XML ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/domainxmlparser.cpp" line="28"/>
        <source>The description is not a &lt;domain&gt;.</source>
        <translation>Die Beschreibung ist kein &lt;domain&gt;.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/domainxmlparser.cpp" line="35"/>
        <source>Domain XML is malformed at line %1: %2</source>
        <translation>Das Domain-XML ist in Zeile %1 fehlerhaft: %2</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/domainxmlparser.cpp" line="42"/>
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
        <source>Host connected</source>
        <translation>Host verbunden</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="37"/>
        <source>Host disconnected</source>
        <translation>Host getrennt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="39"/>
        <source>Network created</source>
        <translation>Netzwerk erstellt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="41"/>
        <source>Network deleted</source>
        <translation>Netzwerk gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="43"/>
        <source>Network started</source>
        <translation>Netzwerk gestartet</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="45"/>
        <source>Network stopped</source>
        <translation>Netzwerk gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="47"/>
        <source>Storage created</source>
        <translation>Speicher erstellt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="49"/>
        <source>Storage deleted</source>
        <translation>Speicher gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="51"/>
        <source>Storage started</source>
        <translation>Speicher gestartet</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="53"/>
        <source>Storage stopped</source>
        <translation>Speicher gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/events/eventtypestyle.cpp" line="55"/>
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
    <name>Vantage::InventoryTreeModel</name>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="82"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="84"/>
        <source>Powered off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="86"/>
        <source>Suspended</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="88"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="90"/>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="92"/>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="93"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="103"/>
        <location filename="../ui/inventorytreemodel.cpp" line="194"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="103"/>
        <location filename="../ui/inventorytreemodel.cpp" line="196"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="199"/>
        <source>The last refresh failed; the inventory shown may be out of date.
%1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen; das gezeigte Inventar ist womöglich nicht aktuell.
%1</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="103"/>
        <location filename="../ui/inventorytreemodel.cpp" line="202"/>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="104"/>
        <location filename="../ui/inventorytreemodel.cpp" line="204"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="220"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="220"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="276"/>
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="290"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="103"/>
        <location filename="../ui/inventorytreemodel.cpp" line="309"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="312"/>
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="104"/>
        <location filename="../ui/inventorytreemodel.cpp" line="338"/>
        <location filename="../ui/inventorytreemodel.cpp" line="367"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="104"/>
        <location filename="../ui/inventorytreemodel.cpp" line="338"/>
        <location filename="../ui/inventorytreemodel.cpp" line="367"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="362"/>
        <source>%1 free of %2</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="407"/>
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="408"/>
        <source>%n storage pool(s)</source>
        <translation>
            <numerusform>%n Speicherpool</numerusform>
            <numerusform>%n Speicherpools</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="676"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="709"/>
        <source>The provider&apos;s last refresh failed; this may be out of date.</source>
        <translation>Die letzte Aktualisierung des Providers ist fehlgeschlagen; dies ist womöglich nicht aktuell.</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="752"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="754"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/inventorytreemodel.cpp" line="756"/>
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
        <location filename="../providers/libvirt/libvirtsession.cpp" line="206"/>
        <source>The collection was cancelled.</source>
        <translation>Das Abrufen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="273"/>
        <source>The provider has no URI.</source>
        <translation>Der Provider hat keine URI.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="274"/>
        <source>Add at least one libvirt URI, for example qemu:///system.</source>
        <translation>Fügen Sie mindestens eine libvirt-URI hinzu, zum Beispiel qemu:///system.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="286"/>
        <source>%1 and %2 lead to the same host.</source>
        <translation>%1 und %2 führen zum selben Host.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="287"/>
        <source>Remove one of the two URIs.</source>
        <translation>Entfernen Sie eine der beiden URIs.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="302"/>
        <source>%1 cannot be used.</source>
        <translation>%1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="309"/>
        <source>The test driver file %1 does not exist.</source>
        <translation>Die Testtreiber-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="310"/>
        <source>Check the path; a test URI needs an absolute path, as in test:///srv/lab/node.xml.</source>
        <translation>Prüfen Sie den Pfad; eine Test-URI braucht einen absoluten Pfad, wie in test:///srv/lab/node.xml.</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="321"/>
        <source>unable to connect to %1:%2: %3</source>
        <translation>Verbindung zu %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="626"/>
        <source>Reading host %1</source>
        <translation>Host %1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="678"/>
        <source>Reading domains on %1</source>
        <translation>Domains auf %1 werden gelesen</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsession.cpp" line="728"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../providers/libvirt/libvirtsessionmetrics.cpp" line="233"/>
        <source>The host or its libvirt daemon went away; the next refresh reconnects.</source>
        <translation>Der Host oder sein libvirt-Dienst ist nicht mehr erreichbar; die nächste Aktualisierung verbindet neu.</translation>
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
    <name>Vantage::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Filter VMs by name</source>
        <translation>VMs nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Filter VMs by name (Ctrl+F)</source>
        <translation>VMs nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Selected object</source>
        <translation>Ausgewähltes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>Top Consumers</source>
        <translation>Top-Verbraucher</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>&amp;Add Provider…</source>
        <translation>Provider &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Add a provider to inventory (Ctrl+N)</source>
        <translation>Einen Provider ins Inventar aufnehmen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Edit Provider…</source>
        <translation>Provider b&amp;earbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Change the selected provider&apos;s name, endpoints or credentials</source>
        <translation>Name, Endpunkte oder Zugangsdaten des ausgewählten Providers ändern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Remove Provider…</source>
        <translation>Provider en&amp;tfernen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>Remove the selected provider and its inventory (Delete)</source>
        <translation>Den ausgewählten Provider und sein Inventar entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>Refresh the selected provider&apos;s inventory (F5)</source>
        <translation>Das Inventar des ausgewählten Providers aktualisieren (F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Refresh &amp;All</source>
        <translation>A&amp;lle aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>Refresh every provider (Ctrl+F5)</source>
        <translation>Alle Provider aktualisieren (Strg+F5)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="292"/>
        <source>&amp;Workers</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Show the background workers and their health</source>
        <translation>Die Hintergrund-Worker und ihren Zustand zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>&amp;Find VM…</source>
        <translation>VM &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>E&amp;xpand All</source>
        <translation>Alle a&amp;ufklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309"/>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>&amp;About Vantage</source>
        <translation>Ü&amp;ber Vantage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>About Vantage</source>
        <translation>Über Vantage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>&lt;p&gt;&lt;b&gt;Vantage&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A console for hybrid infrastructure: providers, hosts, VMs, networks and storage in one inventory.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vantage&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Eine Konsole für hybride Infrastruktur: Provider, Hosts, VMs, Netzwerke und Speicher in einem Inventar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Show or hide the event timeline of every provider</source>
        <translation>Die Ereignis-Zeitachse aller Provider ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>Show or hide the VMs using the most CPU, memory, disk or network</source>
        <translation>Die VMs mit der höchsten CPU-, Speicher-, Datenträger- oder Netzwerklast ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>%1 of %n VM(s) match</source>
        <translation>
            <numerusform>Treffer: %1 von %n VM</numerusform>
            <numerusform>Treffer: %1 von %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="580"/>
        <location filename="../ui/mainwindow.cpp" line="597"/>
        <source>Remove Provider</source>
        <translation>Provider entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>Remove the provider “%1”?</source>
        <translation>Den Provider „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="584"/>
        <source>Its cached inventory (hosts, VMs, networks, storage) will be deleted from Vantage, along with its stored credentials. The machines themselves are not touched.</source>
        <translation>Sein zwischengespeichertes Inventar (Hosts, VMs, Netzwerke, Speicher) wird aus Vantage gelöscht, ebenso seine gespeicherten Zugangsdaten. Die Maschinen selbst bleiben unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="586"/>
        <source>&amp;Remove Provider</source>
        <translation>Provider &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="598"/>
        <source>The provider “%1” could not be removed: %2</source>
        <translation>Der Provider „%1“ konnte nicht entfernt werden: %2</translation>
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
        <location filename="../core/metricsstore.cpp" line="152"/>
        <location filename="../core/metricsstore.cpp" line="161"/>
        <location filename="../core/metricsstore.cpp" line="179"/>
        <location filename="../core/metricsstore.cpp" line="221"/>
        <location filename="../core/metricsstore.cpp" line="225"/>
        <source>Hourly rollup failed: %1</source>
        <translation>Stündliche Zusammenfassung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/metricsstore.cpp" line="238"/>
        <location filename="../core/metricsstore.cpp" line="246"/>
        <location filename="../core/metricsstore.cpp" line="264"/>
        <location filename="../core/metricsstore.cpp" line="267"/>
        <source>Daily rollup failed: %1</source>
        <translation>Tägliche Zusammenfassung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Vantage::Persister</name>
    <message>
        <location filename="../core/persister.cpp" line="280"/>
        <source>The database is not open: %1</source>
        <translation>Die Datenbank ist nicht geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../core/persister.cpp" line="286"/>
        <source>The database cannot start a transaction: %1</source>
        <translation>Die Datenbank kann keine Transaktion beginnen: %1</translation>
    </message>
    <message>
        <location filename="../core/persister.cpp" line="297"/>
        <location filename="../core/persister.cpp" line="394"/>
        <location filename="../core/persister.cpp" line="398"/>
        <source>Saving the inventory failed, nothing was changed: %1</source>
        <translation>Das Speichern des Inventars ist fehlgeschlagen, es wurde nichts verändert: %1</translation>
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
        <location filename="../ui/providerwizard.cpp" line="43"/>
        <source>Provider Type</source>
        <translation>Provider-Typ</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="44"/>
        <source>What kind of system do you want Vantage to inventory?</source>
        <translation>Welche Art von System soll Vantage inventarisieren?</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="48"/>
        <source>Provider type</source>
        <translation>Provider-Typ</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="64"/>
        <source>No provider types are available in this build of Vantage.</source>
        <translation>In diesem Build von Vantage sind keine Provider-Typen verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="101"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="102"/>
        <source>How the provider is called in the inventory.</source>
        <translation>Wie der Provider im Inventar heißt.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="106"/>
        <source>Provider name</source>
        <translation>Provider-Name</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="114"/>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="147"/>
        <source>A provider named “%1” already exists. Choose another name.</source>
        <translation>Ein Provider namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="166"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="181"/>
        <source>Where Vantage reaches the manager: one %1 or several, each checked as you type.</source>
        <translation>Wo Vantage den Manager erreicht: eine %1 oder mehrere, jede wird schon bei der Eingabe geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="184"/>
        <source>Where Vantage reaches the manager: its %1, checked as you type.</source>
        <translation>Wo Vantage den Manager erreicht: seine %1, schon bei der Eingabe geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="213"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="221"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="224"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="226"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="228"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="232"/>
        <source>Credentials are kept in the system keyring, never in Vantage&apos;s database or logs.</source>
        <translation>Zugangsdaten werden im System-Schlüsselbund aufbewahrt, nie in der Datenbank oder den Protokollen von Vantage.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="252"/>
        <source>Leave both fields empty to keep the stored credentials.</source>
        <translation>Lassen Sie beide Felder leer, um die gespeicherten Zugangsdaten zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="255"/>
        <source>This provider type needs a user and a password.</source>
        <translation>Dieser Provider-Typ braucht einen Benutzer und ein Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="257"/>
        <source>Optional: only if the endpoint asks for them.</source>
        <translation>Optional: nur wenn der Endpunkt sie verlangt.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="286"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="287"/>
        <source>Vantage connects to the manager and reads a little of its inventory.</source>
        <translation>Vantage verbindet sich mit dem Manager und liest einen Teil seines Inventars.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="292"/>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="298"/>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="302"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="304"/>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="311"/>
        <source>&amp;Save anyway; its inventory stays empty until it can be reached</source>
        <translation>Trotzdem &amp;speichern; sein Inventar bleibt leer, bis er erreichbar ist</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="315"/>
        <source>Save without verification</source>
        <translation>Ohne Prüfung speichern</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="320"/>
        <source>Save problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="358"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="403"/>
        <source>Connected. Click Finish to add it.</source>
        <translation>Verbunden. Klicken Sie auf „Abschließen“, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="404"/>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="408"/>
        <source>The manager could not be verified.</source>
        <translation>Der Manager konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="454"/>
        <source>Edit Provider</source>
        <translation>Provider bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="454"/>
        <source>Add Provider</source>
        <translation>Provider hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/providerwizard.cpp" line="532"/>
        <source>The provider could not be saved.</source>
        <translation>Der Provider konnte nicht gespeichert werden.</translation>
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
        <location filename="../core/refresher.cpp" line="31"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location filename="../core/refresher.cpp" line="48"/>
        <source>The refresh was cancelled; the inventory was left as it was.</source>
        <translation>Die Aktualisierung wurde abgebrochen; das Inventar blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../core/refresher.cpp" line="62"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
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
