<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppStatusBar</name>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation>
            <numerusform>%n request waiting to be sent</numerusform>
            <numerusform>%n requests waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CamerasPage</name>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyNotifier</name>
    <message numerus="yes">
        <source>%n reply(s) from support not read yet</source>
        <translation>
            <numerusform>%n reply from support not read yet</numerusform>
            <numerusform>%n replies from support not read yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message numerus="yes">
        <source>%n thing(s) still to fill in before it can be sent (each is said when you leave its field).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before it can be sent (shown next to each field).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: fix the %n thing(s) shown next to the fields first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
