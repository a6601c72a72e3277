<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="29"/>
        <location filename="../../ui/dialogs/about.py" line="38"/>
        <source>About Trade Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="60"/>
        <source>Assess and plan a company&apos;s readiness for North American trade agreement changes (NAFTA, USMCA and its joint reviews).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="64"/>
        <source>A self-assessment tool, not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="75"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="78"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="46"/>
        <source>Action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="48"/>
        <source>Action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="50"/>
        <source>Action due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="52"/>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="59"/>
        <source>Not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="60"/>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="63"/>
        <source>Action notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="70"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="71"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="72"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="73"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="74"/>
        <source>&amp;Cost estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="75"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../ui/models/actions.py" line="36"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="36"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="36"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="36"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="48"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="58"/>
        <source>Enter edits the selected action, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="59"/>
        <source>Add a&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="61"/>
        <source>Add suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="62"/>
        <source>Add one of the framework&apos;s suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="66"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="67"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="111"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="125"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaCountsModel</name>
    <message>
        <location filename="../../ui/models/migration.py" line="34"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="34"/>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="34"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="34"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="38"/>
        <source>Area of the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="39"/>
        <source>Answers carried over as they are (same or reworded items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="40"/>
        <source>Answers carried over but flagged: the item changed, was split or merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="41"/>
        <source>Items new in this version; they start unassessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaIntro</name>
    <message>
        <location filename="../../ui/views/area_intro.py" line="39"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="42"/>
        <source>Items that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="48"/>
        <source>Area introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="56"/>
        <source>&amp;Start with the first unanswered item (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="75"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="85"/>
        <source>%n item applies to your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="86"/>
        <source>%n items apply to your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="88"/>
        <source>(of %n item here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="88"/>
        <source>(of %n items here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="90"/>
        <source>Nothing to answer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="92"/>
        <source>Every one is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="94"/>
        <source>%n is still to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="94"/>
        <source>%n are still to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="110"/>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="112"/>
        <source>The framework gives no introduction for this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="121"/>
        <source>(not yet confirmed against a primary source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="130"/>
        <source>Content current to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="132"/>
        <source>Choose an area on the left to read what it covers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaList</name>
    <message>
        <location filename="../../ui/views/area_list.py" line="49"/>
        <source>Objective areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_list.py" line="50"/>
        <source>Objective areas with readiness and coverage; choose one to see its items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTableModel</name>
    <message>
        <location filename="../../ui/models/areas.py" line="75"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="75"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="75"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="79"/>
        <source>Objective area of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="80"/>
        <source>Readiness: weighted mean of item levels (level / 4), unassessed items counting 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="81"/>
        <source>Coverage: share of applicable items with a level recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="92"/>
        <source>%1 of %2 applicable items assessed, %3 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="108"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTrendModel</name>
    <message>
        <location filename="../../ui/models/snapshots.py" line="105"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="105"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="105"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="105"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="125"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="125"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../ui/models/assessments.py" line="37"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="37"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="37"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="41"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="44"/>
        <source>Archived (migrated to %1), read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="45"/>
        <source>Archived, read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="20"/>
        <source>Edit %n selected item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="22"/>
        <source>Set &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="24"/>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="25"/>
        <source>Set &amp;priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="27"/>
        <source>New priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="31"/>
        <source>Set &amp;due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="33"/>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="42"/>
        <source>The change is saved at once and can be undone in one step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="49"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="66"/>
        <source>Overall readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="67"/>
        <source>Coverage (assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="74"/>
        <location filename="../../ui/views/dashboard.py" line="90"/>
        <source>Readiness by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="75"/>
        <source>Click an area, or press Enter, to open its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="77"/>
        <location filename="../../ui/views/dashboard.py" line="92"/>
        <source>Open gaps by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="79"/>
        <source>Readiness over snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="80"/>
        <source>Overall readiness at each snapshot, and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="83"/>
        <location filename="../../ui/views/dashboard.py" line="94"/>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="85"/>
        <source>Actions due in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="96"/>
        <source>Due in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="103"/>
        <source>Trend across snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="131"/>
        <source>Double-click or press Enter to open the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="154"/>
        <source>No assessment is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="168"/>
        <source>%1 applicable items, %2 assessed, %3 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="182"/>
        <source>%1: %2 ready, %3 assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="213"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/dates.py" line="83"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="88"/>
        <source>Type a date (2027-03-31 or %1) or leave it empty; Alt+Down opens the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="94"/>
        <source>Choose a date in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="95"/>
        <source>Choose a date in the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="101"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="103"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="104"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="105"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="106"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="191"/>
        <source>Not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="196"/>
        <source>Not a date: type 2027-03-31 or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueActionModel</name>
    <message>
        <location filename="../../ui/models/due_actions.py" line="26"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="26"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="26"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="26"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="39"/>
        <source>%1 (%2), item %3. Double-click or press Enter to open the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="26"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_actions.py" line="60"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="62"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_actions.py" line="63"/>
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="32"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="33"/>
        <source>Links and files that show the item is ready; Enter opens the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="35"/>
        <source>Paste a link or a file path, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="36"/>
        <source>New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="37"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="38"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="39"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="40"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="41"/>
        <source>Open a web link, or a document after you confirm; programs are never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="81"/>
        <source>Choose an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="48"/>
        <source>Export action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="50"/>
        <source>Only this &amp;owner&apos;s actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="52"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="57"/>
        <source>Only open &amp;gaps and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="58"/>
        <source>Leave out done actions and items that are ready or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="59"/>
        <source>You choose the file name next. The workbook opens in Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="62"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/views/item_table.py" line="58"/>
        <source>Search all items (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="60"/>
        <source>Search all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="61"/>
        <source>Search every area; type an item number such as 4.3; Escape clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="65"/>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="69"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="71"/>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="76"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="82"/>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="83"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="84"/>
        <source>Due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="85"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="88"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="90"/>
        <source>Filter by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="91"/>
        <source>Filter by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="92"/>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="93"/>
        <source>Filter by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="94"/>
        <source>Show only items that need review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldingSection</name>
    <message>
        <location filename="../../ui/widgets/section.py" line="39"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/section.py" line="39"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../ui/views/guidance.py" line="71"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="91"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="93"/>
        <source>What ready looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="95"/>
        <source>Evidence examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="97"/>
        <source>Suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="100"/>
        <source>Effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="102"/>
        <source>Phase-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="104"/>
        <source>Unconfirmed: check this item against a primary source before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="112"/>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="115"/>
        <source>No guidance for this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/views/item_editor.py" line="75"/>
        <source>Item editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="87"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="90"/>
        <source>Gu&amp;idance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="92"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="94"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="198"/>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="211"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHeading</name>
    <message>
        <location filename="../../ui/views/guidance.py" line="34"/>
        <source>Item number and area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="43"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="53"/>
        <source>Item %1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="60"/>
        <source>Select an item to assess it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../ui/views/item_table.py" line="144"/>
        <source>Checklist order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="145"/>
        <source>Put the items back in the order of the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="152"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="198"/>
        <source>%n item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="198"/>
        <source>%n items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="201"/>
        <source>Showing %1 of %n item (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="201"/>
        <source>Showing %1 of %n items (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../ui/models/items.py" line="144"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="145"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="146"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="147"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="148"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="149"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="150"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="155"/>
        <source>Item number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="161"/>
        <source>Item number: area, then item (sort by it for checklist order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="163"/>
        <source>Marked for re-review (for example after a framework migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="183"/>
        <source>%1, no evidence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="196"/>
        <source>Ready, but no evidence is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="198"/>
        <source>Marked not applicable without a reason: it counts as not assessed until it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="157"/>
        <location filename="../../ui/models/items.py" line="194"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMoveModel</name>
    <message>
        <location filename="../../ui/models/snapshots.py" line="65"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="65"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="65"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="65"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="65"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="93"/>
        <source>↑ up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="93"/>
        <source>↓ down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="93"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Assessment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <location filename="../../ui/main_window.py" line="121"/>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Last saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Trade Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Archived — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Archived: migrated to “%1” on %2 — read only. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>The daily backup was not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Snapshot “%1” taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Backing up the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationFlow</name>
    <message>
        <location filename="../../ui/migration_flow.py" line="79"/>
        <source>The assessment cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="98"/>
        <source>The assessment was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="101"/>
        <source>Moving to the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="111"/>
        <source>Moved to “%1”: %2 item(s) need review. “%3” is archived and read only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="102"/>
        <source>Move to new framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="106"/>
        <source>&lt;b&gt;%1&lt;/b&gt; moves from %2 (version %3) to &lt;b&gt;%4&lt;/b&gt; (version %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="116"/>
        <source>Items of the old version, by what happened to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="136"/>
        <source>%1 answer(s) carry over as they are, %2 carry over flagged for review with the mapping&apos;s note, %3 item(s) start unassessed (new, or nothing was answered before), %4 item(s) are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="146"/>
        <source>Per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="151"/>
        <source>Items that are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="158"/>
        <source>Name of the new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="164"/>
        <source>This cannot be undone. A new assessment is created on the new version; the old one stays exactly as it was, archived and read only, so you can always look back at it and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="176"/>
        <source>&amp;Move to new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="180"/>
        <source>&amp;New assessment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="188"/>
        <source>Per area of the new version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/migration_preview.py" line="189"/>
        <source>Items that are gone (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="204"/>
        <source>The new assessment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="206"/>
        <source>An assessment with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationTargetDialog</name>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="63"/>
        <source>Move to new framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="64"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="64"/>
        <source>Name and framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="65"/>
        <source>Name the assessment and choose the agreement framework to assess against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="67"/>
        <source>Assessment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="68"/>
        <source>For example: NAFTA renegotiation 2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="70"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="73"/>
        <source>%1 (version %2, %3 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="80"/>
        <source>Currency of costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="81"/>
        <source>The ISO code of the currency in which costs are estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="89"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="90"/>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="91"/>
        <source>C&amp;urrency of costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="100"/>
        <source>An assessment with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="102"/>
        <source>The currency is a three-letter code, such as USD, CAD or MXN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="156"/>
        <source>%n item matches the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="156"/>
        <source>%n items match the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="158"/>
        <source>No item matches the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="215"/>
        <source>Every applicable item has a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="235"/>
        <source>Select one or more items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="242"/>
        <source>Edit %n item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="242"/>
        <source>Edit %n items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewActionModel</name>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="128"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="129"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="130"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="131"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="132"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="133"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="134"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentWizard</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="211"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAssessmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/open_assessment.py" line="20"/>
        <source>Open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_assessment.py" line="29"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_assessment.py" line="36"/>
        <source>Archived assessments open read only: they are the record of what was migrated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanChangeModel</name>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="69"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="70"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="71"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="72"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="73"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="74"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="75"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExchange</name>
    <message>
        <location filename="../../ui/plan_exchange.py" line="62"/>
        <source>Open exported plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="63"/>
        <source>Open the exported action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="90"/>
        <source>%1 action plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="108"/>
        <location filename="../../ui/plan_exchange.py" line="134"/>
        <source>The action plan was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="137"/>
        <source>Export cancelled; no file was written or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="139"/>
        <source>Writing the action plan to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="146"/>
        <source>Action plan saved: %1 (%2 action(s), %3 gap(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="186"/>
        <source>The returned plan cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="188"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="201"/>
        <source>%1 has no changes to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="238"/>
        <source>Import returned plan (%n change(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="255"/>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="260"/>
        <source>Redoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="272"/>
        <source>Undoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="278"/>
        <source>%1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="210"/>
        <source>Imported %1: %2 change(s), %3 new action(s). Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="121"/>
        <source>Import returned plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="125"/>
        <source>%1: %2 change(s) to %3 action(s) and %4 new action(s), from %5 row(s) read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="142"/>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="143"/>
        <source>New actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="148"/>
        <source>New actions (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="150"/>
        <source>Nothing has changed yet. Apply makes every change at once; Edit &gt; Undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="161"/>
        <source>Changed fields (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="127"/>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="129"/>
        <source>The profile decides which items apply. Leave a group empty to keep every item of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="132"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="137"/>
        <source>NAFTA-region trade volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="143"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="144"/>
        <source>NAFTA-region &amp;trade volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="146"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="147"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="148"/>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovedItemModel</name>
    <message>
        <location filename="../../ui/models/migration.py" line="76"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="76"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="76"/>
        <source>Why it is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <location filename="../../ui/views/response_form.py" line="50"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="52"/>
        <location filename="../../ui/views/response_form.py" line="176"/>
        <source>Why this item does not apply to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="59"/>
        <source>Who is accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="62"/>
        <source>&amp;Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="103"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="111"/>
        <source>G&amp;ap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="135"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="67"/>
        <source>What is missing between today and ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="69"/>
        <source>Anything else worth keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="99"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="101"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="106"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="108"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="113"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="130"/>
        <source>Readiness level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="130"/>
        <source>0 not started to 4 ready, or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="131"/>
        <source>Not applicable reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="131"/>
        <source>Why the item does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="132"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="132"/>
        <source>How urgent closing the gap is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="133"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="133"/>
        <source>The person accountable for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="134"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="135"/>
        <source>Flag the answer for another look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="136"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="136"/>
        <location filename="../../ui/views/response_form.py" line="137"/>
        <source>Saved when you leave the field or pause typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="137"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="181"/>
        <source>Say why it does not apply: until then the item counts as not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="187"/>
        <source>⚠ Ready, but no evidence is recorded: add a link or a file under Evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="197"/>
        <source>Review note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="228"/>
        <source>Mark not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="233"/>
        <source>Set level to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="241"/>
        <source>Edit not-applicable reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="242"/>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="243"/>
        <source>Set owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="244"/>
        <source>Set due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="245"/>
        <source>Change needs-review flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="246"/>
        <source>Edit gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="247"/>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <location filename="../../ui/views/item_editor.py" line="48"/>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="49"/>
        <source>&amp;Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="50"/>
        <source>You have checked the answer against the new item; clears the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="57"/>
        <source>the answer was flagged for another look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="58"/>
        <source>Needs review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotTableModel</name>
    <message>
        <location filename="../../ui/models/snapshots.py" line="29"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="29"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="29"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="29"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="54"/>
        <location filename="../../ui/dialogs/snapshots.py" line="58"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="59"/>
        <source>Items that moved since the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="60"/>
        <source>Select a snapshot to compare it with today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="63"/>
        <source>&amp;Take snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="64"/>
        <source>&amp;Go to item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="68"/>
        <source>Readiness per area then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="75"/>
        <source>Compare with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="76"/>
        <source>Readiness when the assessment was migrated, and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="132"/>
        <source>Since “%1”: %2 item(s) moved up, %3 moved down, %4 other change(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="159"/>
        <source>Since the move from “%1”: readiness %2 then, %3 now; %4 item(s) moved up, %5 down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="173"/>
        <source>What applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="178"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="178"/>
        <source>Why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="182"/>
        <source>Items that do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="183"/>
        <source>You can mark any item applicable again later in the item editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="194"/>
        <source>%1 of %2 items apply to this company; %3 do not and will start as not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceErrorDialog</name>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="39"/>
        <source>Trade Readiness cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="49"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="52"/>
        <source>The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="54"/>
        <source>Backups of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="62"/>
        <source>&amp;Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="63"/>
        <source>&amp;Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="66"/>
        <source>The current file is kept beside the workspace; the backup is copied in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="68"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="79"/>
        <source>Backups found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="81"/>
        <source>No backups of this workspace were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="92"/>
        <source>Open or create a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="94"/>
        <source>Workspaces (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>No local copy was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../ui/commands.py" line="109"/>
        <source>Add action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="142"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="164"/>
        <source>Remove action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="34"/>
        <source>Take a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="35"/>
        <source>Label for this milestone (for example “before round 3”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="48"/>
        <source>No assessment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="49"/>
        <source>This workspace has no assessment yet. Create one now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="72"/>
        <source>a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="74"/>
        <source>a folder that a cloud client syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="78"/>
        <source>This workspace is not in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="81"/>
        <source>The workspace %1 is on %2. File locking there is unreliable: two programs, or the sync client copying the file between two saves, can damage it or lose edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="90"/>
        <source>Work on a local copy at %1 instead? Share exported plans and JSON documents, not the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="95"/>
        <source>Use a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="96"/>
        <source>Keep working here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="141"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>0 Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>1 Aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>2 Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>3 In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>4 Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Nothing done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>The exposure is identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>A plan and an owner exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Partly implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Implemented and evidenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Not applicable (no reason yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <location filename="../../ui/models/snapshots.py" line="90"/>
        <location filename="../../ui/models/snapshots.py" line="92"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Agriculture and food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Textiles and apparel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Steel and aluminium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Chemicals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Digital services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Pharmaceuticals and other IP-intensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Under US$10 million a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>US$10-100 million a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>US$100 million - 1 billion a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Over US$1 billion a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>This file is not a Trade Readiness workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>The workspace file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>The workspace was written by a newer version of Trade Readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>The workspace is in a location that cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>Another program is holding the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>There is no workspace at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>The workspace cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Concerns %1 only; the company profile has no such role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>Concerns trade with %1 only; not in the company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>Concerns %1 only; not among the company&apos;s sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <source>The item %1 changed in the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>This was not applicable before; the new item applies to your company profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>The new item may not apply to you: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="31"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="32"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="34"/>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="35"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="44"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../ui/links.py" line="42"/>
        <source>It is a program, a script, a shortcut or a page that can run code. Trade Readiness never opens these from an assessment or a framework, because opening one would run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="47"/>
        <source>It is a system file, a hidden file or a device. Trade Readiness does not open these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="50"/>
        <source>It is not a full path, and a relative path could point anywhere depending on the folder the app started in. Enter the full path, for example C:\Evidence\certificate.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="55"/>
        <source>Only web links (https:) and files are opened; this is another kind of link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="56"/>
        <source>It holds hidden control characters, a missing server name, “..” or a stream name, so it cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="63"/>
        <source>“%1” was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="77"/>
        <source>Open a file from the assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="81"/>
        <source>“%1” is on the computer “%2”.

Opening it connects this computer to %2, which may send your sign-in name to it. Go on only if you know and trust this server.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="90"/>
        <source>Connect and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="94"/>
        <source>Open “%1”?

%2

Open files only from people you expect them from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="100"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="103"/>
        <source>“%1” is not a document the app opens. Show it in its folder?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="107"/>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="119"/>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="136"/>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="146"/>
        <source>%1 was not found. It may have moved, or sit on a drive that is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../ui/menus.py" line="46"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="49"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>Create an assessment for a framework and a company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="56"/>
        <source>&amp;Open assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="59"/>
        <source>Switch to another assessment in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64"/>
        <source>Take &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67"/>
        <source>Freeze every answer under a label, to compare later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="71"/>
        <source>Snapshots and &amp;comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="74"/>
        <source>List snapshots and compare one with today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="79"/>
        <source>&amp;Export action plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="82"/>
        <source>Write the Excel action plan for leadership and item owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="86"/>
        <source>&amp;Import returned plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="89"/>
        <source>Read back an action plan that owners edited; preview every change before applying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="94"/>
        <source>&amp;Move to new framework version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="97"/>
        <source>Carry the answers over to the agreement&apos;s next version; the current assessment is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="104"/>
        <source>&amp;Back up workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="107"/>
        <source>Copy the workspace to its backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="110"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="112"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="113"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="123"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="126"/>
        <source>Search the question, guidance, gap, notes and owner of every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>&amp;Edit selected items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="133"/>
        <source>Set owner, priority or due date of every selected item at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="136"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="139"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="142"/>
        <source>&amp;Next unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="145"/>
        <source>Walk the checklist in order to the next item with no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="148"/>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="149"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="151"/>
        <source>&amp;Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="153"/>
        <source>Item &amp;editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="155"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="156"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="159"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="160"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="161"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="169"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="170"/>
        <source>&amp;About Trade Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="171"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>%field was changed elsewhere meanwhile (it is now %now); nothing was overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>“%name” is archived and read only; edit the assessment that replaced it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>the workspace is open read only; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>an assessment named “%name” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>an assessment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>a snapshot needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>“%name” changed after the preview was made; preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>“%id” is the id of a framework shipped with the app; give your pack its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>%id %version is already installed; give your pack a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>%id is used by %names; delete or move those assessments first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>the disk is full; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>another program is holding the workspace; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>%1

Where: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="88"/>
        <source>Export action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="90"/>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="107"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="105"/>
        <source>Import returned plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
