<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>HTTP %1, %2 ms, %n attempt(s)</source>
        <translation>
            <numerusform>HTTP %1, %2 ms, %n attempt</numerusform>
            <numerusform>HTTP %1, %2 ms, %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::BatchResultView</name>
    <message numerus="yes">
        <source>%n command(s), </source>
        <translation>
            <numerusform>%n command, </numerusform>
            <numerusform>%n commands, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed, </source>
        <translation>
            <numerusform>%n failed, </numerusform>
            <numerusform>%n failed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::ExportJob</name>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::MainWindow</name>
    <message numerus="yes">
        <source>%1: %n row(s) in %2 ms</source>
        <translation>
            <numerusform>%1: %n row in %2 ms</numerusform>
            <numerusform>%1: %n rows in %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), strategy %1</source>
        <translation>
            <numerusform>%n request, strategy %1</numerusform>
            <numerusform>%n requests, strategy %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n row(s)</source>
        <translation>
            <numerusform>Cancelled after %n row</numerusform>
            <numerusform>Cancelled after %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::ResultView</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::RunController</name>
    <message numerus="yes">
        <source>%n command(s) failed</source>
        <translation>
            <numerusform>%n command failed</numerusform>
            <numerusform>%n commands failed</numerusform>
        </translation>
    </message>
</context>
</TS>
