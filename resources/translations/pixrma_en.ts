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
</TS>
