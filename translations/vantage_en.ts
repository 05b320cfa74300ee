<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Vantage::DetailsPane</name>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="376"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="377"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
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
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="380"/>
        <source>%n storage pool(s)</source>
        <translation>
            <numerusform>%n storage pool</numerusform>
            <numerusform>%n storage pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="486"/>
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n socket</numerusform>
            <numerusform>%n sockets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="487"/>
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailspane.cpp" line="488"/>
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
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="312"/>
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="407"/>
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inventorytreemodel.cpp" line="408"/>
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
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>%1 of %n VM(s) match</source>
        <translation>
            <numerusform>%1 of %n VM matches</numerusform>
            <numerusform>%1 of %n VMs match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
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
</TS>
