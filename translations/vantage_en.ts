<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Vantage::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli.cpp" line="395"/>
        <source>%1: %n row(s) written to %2</source>
        <translation>
            <numerusform>%1: %n row written to %2</numerusform>
            <numerusform>%1: %n rows written to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::DetailsPane</name>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="352"/>
        <source>%1 (warned %n day(s) before)</source>
        <translation>
            <numerusform>%1 (warned %n day before)</numerusform>
            <numerusform>%1 (warned %n days before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="361"/>
        <source>This VM retires %1, in %n day(s): it will be shut down and removed. Retire it again (Ctrl+Shift+T) to move or clear the date.</source>
        <translation>
            <numerusform>This VM retires %1, in %n day: it will be shut down and removed. Retire it again (Ctrl+Shift+T) to move or clear the date.</numerusform>
            <numerusform>This VM retires %1, in %n days: it will be shut down and removed. Retire it again (Ctrl+Shift+T) to move or clear the date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="521"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="522"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
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
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="525"/>
        <source>%n storage pool(s)</source>
        <translation>
            <numerusform>%n storage pool</numerusform>
            <numerusform>%n storage pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="527"/>
        <source>%n datacenter(s)</source>
        <translation>
            <numerusform>%n datacenter</numerusform>
            <numerusform>%n datacenters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="694"/>
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n socket</numerusform>
            <numerusform>%n sockets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="695"/>
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="696"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::InventoryTreeModel</name>
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
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="343"/>
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="368"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
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
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="484"/>
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="485"/>
        <source>%n storage pool(s)</source>
        <translation>
            <numerusform>%n storage pool</numerusform>
            <numerusform>%n storage pools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="584"/>
        <source>%1 of %n VM(s) match</source>
        <translation>
            <numerusform>%1 of %n VM matches</numerusform>
            <numerusform>%1 of %n VMs match</numerusform>
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
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="908"/>
        <source>%n request(s) submitted; they wait for approval (Ctrl+R).</source>
        <translation>
            <numerusform>%n request submitted; they wait for approval (Ctrl+R).</numerusform>
            <numerusform>%n requests submitted; they wait for approval (Ctrl+R).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="910"/>
        <source>%n request(s) submitted; follow them in Requests (Ctrl+R).</source>
        <translation>
            <numerusform>%n request submitted; follow them in Requests (Ctrl+R).</numerusform>
            <numerusform>%n requests submitted; follow them in Requests (Ctrl+R).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::MetricsPanel</name>
    <message numerus="yes">
        <location filename="../ui/charts/metricspanel.cpp" line="557"/>
        <source>%1: min %2, avg %3, max %4 (%n samples)</source>
        <translation>
            <numerusform>%1: min %2, avg %3, max %4 (%n sample)</numerusform>
            <numerusform>%1: min %2, avg %3, max %4 (%n samples)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::PowerActions</name>
    <message numerus="yes">
        <location filename="../ui/lifecycle/poweractions.cpp" line="60"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/poweractions.cpp" line="154"/>
        <source>%1 %n VM(s)?</source>
        <translation>
            <numerusform>%1 %n VM?</numerusform>
            <numerusform>%1 %n VMs?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::ProvisionWizard</name>
    <message numerus="yes">
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="484"/>
        <source>%1 — %n thread(s), %2</source>
        <translation>
            <numerusform>%1 — %n thread, %2</numerusform>
            <numerusform>%1 — %n threads, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="525"/>
        <source>%1 has %n CPU thread(s), fewer than the %2 vCPUs asked for. Choose another host or go back and lower them.</source>
        <translation>
            <numerusform>%1 has %n CPU thread, fewer than the %2 vCPUs asked for. Choose another host or go back and lower them.</numerusform>
            <numerusform>%1 has %n CPU threads, fewer than the %2 vCPUs asked for. Choose another host or go back and lower them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="620"/>
        <source>The warning would come before the VMs exist: warn at most %n day(s) before.</source>
        <translation>
            <numerusform>The warning would come before the VMs exist: warn at most %n day before.</numerusform>
            <numerusform>The warning would come before the VMs exist: warn at most %n days before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/provisionwizard.cpp" line="691"/>
        <source>%1, warned %n day(s) before</source>
        <translation>
            <numerusform>%1, warned %n day before</numerusform>
            <numerusform>%1, warned %n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::ReportsWindow</name>
    <message numerus="yes">
        <location filename="../ui/reports/reportswindow.cpp" line="293"/>
        <source>Preview (F5 reads it again): %n row(s).</source>
        <translation>
            <numerusform>Preview (F5 reads it again): %n row.</numerusform>
            <numerusform>Preview (F5 reads it again): %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/reportswindow.cpp" line="460"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::RequestHandlers</name>
    <message numerus="yes">
        <location filename="../core/requesthandlers.cpp" line="290"/>
        <source>The guest did not shut down within %n second(s).</source>
        <translation>
            <numerusform>The guest did not shut down within %n second.</numerusform>
            <numerusform>The guest did not shut down within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::RequestStore</name>
    <message numerus="yes">
        <location filename="../core/requests.cpp" line="356"/>
        <source>%1: %n VMs</source>
        <translation>
            <numerusform>%1: %n VM</numerusform>
            <numerusform>%1: %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requests.cpp" line="390"/>
        <source>Retire %n VMs</source>
        <translation>
            <numerusform>Retire %n VM</numerusform>
            <numerusform>Retire %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/requests.cpp" line="408"/>
        <source>Provision %n VMs</source>
        <translation>
            <numerusform>Provision %n VM</numerusform>
            <numerusform>Provision %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::RetireDialog</name>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="33"/>
        <source>Retire %n VM(s)</source>
        <translation>
            <numerusform>Retire %n VM</numerusform>
            <numerusform>Retire %n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="109"/>
        <source>Retirement scheduled for %1 (warned %n day(s) before).</source>
        <translation>
            <numerusform>Retirement scheduled for %1 (warned %n day before).</numerusform>
            <numerusform>Retirement scheduled for %1 (warned %n days before).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="164"/>
        <source>The warning would come before today: warn at most %n day(s) before.</source>
        <translation>
            <numerusform>The warning would come before today: warn at most %n day before.</numerusform>
            <numerusform>The warning would come before today: warn at most %n days before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="197"/>
        <source>Retire %n VM(s) now?</source>
        <translation>
            <numerusform>Retire %n VM now?</numerusform>
            <numerusform>Retire %n VMs now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycle/retiredialog.cpp" line="208"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::SmartStateParsers</name>
    <message numerus="yes">
        <location filename="../core/smartstate/smartstateparsers.cpp" line="306"/>
        <source>%n damaged rpm header(s) skipped</source>
        <translation>
            <numerusform>%n damaged rpm header skipped</numerusform>
            <numerusform>%n damaged rpm headers skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::SmartStateScanner</name>
    <message numerus="yes">
        <location filename="../core/smartstate/smartstatescanner.cpp" line="247"/>
        <source>/etc/passwd: %n malformed line(s) skipped</source>
        <translation>
            <numerusform>/etc/passwd: %n malformed line skipped</numerusform>
            <numerusform>/etc/passwd: %n malformed lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/smartstate/smartstatescanner.cpp" line="252"/>
        <source>/etc/group: %n malformed line(s) skipped</source>
        <translation>
            <numerusform>/etc/group: %n malformed line skipped</numerusform>
            <numerusform>/etc/group: %n malformed lines skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::SmartStateTask</name>
    <message numerus="yes">
        <location filename="../core/smartstate/smartstatetask.cpp" line="128"/>
        <source>SmartState analysis of %n VM(s)</source>
        <translation>
            <numerusform>SmartState analysis of %n VM</numerusform>
            <numerusform>SmartState analysis of %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::TimeFormat</name>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="22"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="25"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="27"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeformat.cpp" line="28"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vantage::TopConsumersView</name>
    <message numerus="yes">
        <location filename="../ui/charts/topconsumersview.cpp" line="222"/>
        <source>%1: the %n VM(s) with the highest average</source>
        <translation>
            <numerusform>%1: the %n VM with the highest average</numerusform>
            <numerusform>%1: the %n VMs with the highest average</numerusform>
        </translation>
    </message>
</context>
</TS>
