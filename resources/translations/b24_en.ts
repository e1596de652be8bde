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
    <name>b24::NamePresenter</name>
    <message numerus="yes">
        <source>Names: reading… (%n request(s))</source>
        <translation>
            <numerusform>Names: reading… (%n request)</numerusform>
            <numerusform>Names: reading… (%n requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names: %n request(s)</source>
        <translation>
            <numerusform>Names: %n request</numerusform>
            <numerusform>Names: %n requests</numerusform>
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
<context>
    <name>b24::RunPresenter</name>
    <message numerus="yes">
        <source>Cancelled after %Ln row(s)</source>
        <translation>
            <numerusform>Cancelled after %Ln row</numerusform>
            <numerusform>Cancelled after %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) in %2</source>
        <translation>
            <numerusform>%1: %Ln row in %2</numerusform>
            <numerusform>%1: %Ln rows in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial result: the list was cancelled after %Ln row(s).</source>
        <translation>
            <numerusform>Partial result: the list was cancelled after %Ln row.</numerusform>
            <numerusform>Partial result: the list was cancelled after %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial result: %Ln row(s) were read before the list failed (%1).</source>
        <translation>
            <numerusform>Partial result: %Ln row was read before the list failed (%1).</numerusform>
            <numerusform>Partial result: %Ln rows were read before the list failed (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last answer of this list&apos;s %n request(s); the table holds the rows of all of them.</source>
        <translation>
            <numerusform>The last answer of this list&apos;s %n request; the table holds its rows.</numerusform>
            <numerusform>The last answer of this list&apos;s %n requests; the table holds the rows of all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal refused %n parameter(s) (%1):</source>
        <translation>
            <numerusform>The portal refused %n parameter (%1):</numerusform>
            <numerusform>The portal refused %n parameters (%1):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::SavedRequestsView</name>
    <message numerus="yes">
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>%n request exported to %1</numerusform>
            <numerusform>%n requests exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) imported</source>
        <translation>
            <numerusform>%n request imported</numerusform>
            <numerusform>%n requests imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b24::WriteConfirmation</name>
    <message numerus="yes">
        <source>%n method(s) may change data on %1/…:
%2

Send the request?</source>
        <translation>
            <numerusform>%n method may change data on %1/…:
%2

Send the request?</numerusform>
            <numerusform>%n methods may change data on %1/…:
%2

Send the request?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) may change data on %1/… via REST 3.0 (/rest/api/):
%2

The request carries an Idempotency-Key, so if its answer is lost it is sent again safely: the portal runs it at most once.

Send the request?</source>
        <translation>
            <numerusform>%n method may change data on %1/… via REST 3.0 (/rest/api/):
%2

The request carries an Idempotency-Key, so if its answer is lost it is sent again safely: the portal runs it at most once.

Send the request?</numerusform>
            <numerusform>%n methods may change data on %1/… via REST 3.0 (/rest/api/):
%2

The request carries an Idempotency-Key, so if its answer is lost it is sent again safely: the portal runs it at most once.

Send the request?</numerusform>
        </translation>
    </message>
</context>
</TS>
