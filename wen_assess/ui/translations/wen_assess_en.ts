<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaDialog</name>
    <message numerus="yes">
        <source>%n item(s) to discuss</source>
        <translation>
            <numerusform>%n item to discuss</numerusform>
            <numerusform>%n items to discuss</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message numerus="yes">
        <source>{answered} of %n items answered · score {score} · band {band}</source>
        <translation>
            <numerusform>{answered} of %n item answered · score {score} · band {band}</numerusform>
            <numerusform>{answered} of %n items answered · score {score} · band {band}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm all %n carried-over answers in this area</source>
        <translation>
            <numerusform>Confirm the carried-over answer in this area</numerusform>
            <numerusform>Confirm all %n carried-over answers in this area</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>Comparison of %n assessments</source>
        <translation>
            <numerusform>Comparison of %n assessment</numerusform>
            <numerusform>Comparison of %n assessments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Compared %n assessments; left out {left} (no item in common)</source>
        <translation>
            <numerusform>Compared %n assessment; left out {left} (no item in common)</numerusform>
            <numerusform>Compared %n assessments; left out {left} (no item in common)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo assessments</source>
        <translation>
            <numerusform>Added %n demo assessment</numerusform>
            <numerusform>Added %n demo assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Action plan (%n entries) written to {path}</source>
        <translation>
            <numerusform>Action plan (%n entry) written to {path}</numerusform>
            <numerusform>Action plan (%n entries) written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message numerus="yes">
        <source>{title} (v{version}, %n items)</source>
        <translation>
            <numerusform>{title} (v{version}, %n item)</numerusform>
            <numerusform>{title} (v{version}, %n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message numerus="yes">
        <source>{code} · {area} — item {position} of %n</source>
        <translation>
            <numerusform>{code} · {area} — item {position} of %n</numerusform>
            <numerusform>{code} · {area} — item {position} of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message numerus="yes">
        <source>%n form(s) written in {folder}: an Excel workbook and a response file per member. Send each member theirs.</source>
        <translation>
            <numerusform>%n form written in {folder}: an Excel workbook and a response file for the member. Send it to them.</numerusform>
            <numerusform>%n forms written in {folder}: an Excel workbook and a response file per member. Send each member theirs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>{weakest} · completeness {share} ({answered} of %n items) · improvement plan: {p1} P1, {p2} P2, {p3} P3</source>
        <translation>
            <numerusform>{weakest} · completeness {share} ({answered} of %n item) · improvement plan: {p1} P1, {p2} P2, {p3} P3</numerusform>
            <numerusform>{weakest} · completeness {share} ({answered} of %n items) · improvement plan: {p1} P1, {p2} P2, {p3} P3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendSection</name>
    <message numerus="yes">
        <source>Items whose level rose (%n), with the notes of both assessments</source>
        <translation>
            <numerusform>Items whose level rose (%n), with the notes of both assessments</numerusform>
            <numerusform>Items whose level rose (%n), with the notes of both assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items whose level fell (%n), with the notes of both assessments</source>
        <translation>
            <numerusform>Items whose level fell (%n), with the notes of both assessments</numerusform>
            <numerusform>Items whose level fell (%n), with the notes of both assessments</numerusform>
        </translation>
    </message>
</context>
</TS>
