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
        <location filename="../../ui/models/actions.py" line="48"/>
        <source>Cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="49"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="49"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="49"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="32"/>
        <source>not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="48"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="49"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="60"/>
        <source>Enter edits the selected action, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="61"/>
        <source>Add a&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="63"/>
        <source>Add suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="64"/>
        <source>Add one of the framework&apos;s suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="68"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="69"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="129"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="143"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicabilityChangeModel</name>
    <message>
        <location filename="../../ui/models/assessments.py" line="96"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="96"/>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="96"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="105"/>
        <source>Starts to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="107"/>
        <source>No longer applies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="107"/>
        <source>No longer applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="109"/>
        <source>Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="111"/>
        <source>Kept, and counted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="112"/>
        <source>Kept, not counted while the item does not apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaCountsModel</name>
    <message>
        <location filename="../../ui/models/migration.py" line="39"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="39"/>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="39"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="39"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="43"/>
        <source>Area of the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="44"/>
        <source>Answers carried over as they are (same or reworded items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="45"/>
        <source>Answers carried over but flagged: the item changed, was split or merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="46"/>
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
        <location filename="../../ui/views/area_intro.py" line="108"/>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="110"/>
        <source>The framework gives no introduction for this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="119"/>
        <source>(not yet confirmed against a primary source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="128"/>
        <source>Content current to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/area_intro.py" line="130"/>
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
        <location filename="../../ui/models/areas.py" line="76"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="76"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="76"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="80"/>
        <source>Objective area of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="81"/>
        <source>Readiness: weighted mean of item levels (level / 4), unassessed items counting 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="82"/>
        <source>Coverage: share of applicable items with a level recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="93"/>
        <source>%1 of %2 applicable items assessed, %3 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="109"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTrendModel</name>
    <message>
        <location filename="../../ui/models/snapshots.py" line="106"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="106"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="106"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="106"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="126"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="126"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentFlow</name>
    <message>
        <location filename="../../ui/assessment_flow.py" line="112"/>
        <source>Rename assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="113"/>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="122"/>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="140"/>
        <source>Duplicate assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="141"/>
        <source>&amp;Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="142"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="147"/>
        <source>The assessment was not duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="153"/>
        <source>“%1” is a copy of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="172"/>
        <source>The assessment was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="183"/>
        <source>Deleted “%1”; backup at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="209"/>
        <source>Change the company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessment_flow.py" line="217"/>
        <source>Company profile changed: %n item(s) start or stop applying.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="234"/>
        <source>Set the currency to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="251"/>
        <source>The assessment stays archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_flow.py" line="278"/>
        <source>No assessment runs beside this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../ui/models/assessments.py" line="42"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="42"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="42"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="47"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="47"/>
        <source>Active, watch list beside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="50"/>
        <source>Archived (migrated to %1), read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="51"/>
        <source>Archived, read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BomModel</name>
    <message>
        <location filename="../../ui/models/product_detail.py" line="174"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="175"/>
        <source>HTS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="176"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="177"/>
        <source>Originating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="178"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="179"/>
        <source>In the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="202"/>
        <source>Does not change classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="203"/>
        <source>From a range the rule excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="204"/>
        <source>No de minimis allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="205"/>
        <source>HTS code missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="206"/>
        <source>Value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="207"/>
        <source>Within the de minimis allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="233"/>
        <source>Non-originating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="233"/>
        <source>Origin unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="40"/>
        <source>Edit %n selected item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="42"/>
        <source>Set &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="44"/>
        <source>New level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="49"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="51"/>
        <source>Why the items do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="52"/>
        <source>Why these items do not apply to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="53"/>
        <source>N/A &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="55"/>
        <source>Set &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="57"/>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="58"/>
        <source>Set &amp;priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="60"/>
        <source>New priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="64"/>
        <source>Set &amp;due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="66"/>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="85"/>
        <source>The change is saved at once and can be undone in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="106"/>
        <source>Say why these items do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../ui/views/product_detail.py" line="51"/>
        <source>Choose a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionAnswersPanel</name>
    <message>
        <location filename="../../ui/views/companion_answers.py" line="53"/>
        <source>Compliance answers this item reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/companion_answers.py" line="71"/>
        <source>Your answers in “%1” that this item reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/companion_answers.py" line="88"/>
        <source>Gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/companion_answers.py" line="97"/>
        <source>Open %1 in the compliance assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/companion_answers.py" line="98"/>
        <source>Open the compliance item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="229"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="230"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="231"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="232"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="233"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="234"/>
        <source>In the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="235"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="239"/>
        <source>Check the value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="240"/>
        <source>The value the plan was exported with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="303"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="55"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="71"/>
        <source>No products in the register yet: the cost above has nothing to weigh against. Add your products to see the duty each gap and each scenario puts at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="78"/>
        <source>Add &amp;products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="85"/>
        <location filename="../../ui/views/dashboard.py" line="115"/>
        <source>Readiness by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="86"/>
        <source>Click an area, or press Enter, to open its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="88"/>
        <location filename="../../ui/views/dashboard.py" line="109"/>
        <source>Open gaps by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="89"/>
        <source>Click a priority, or press Enter, to list its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="91"/>
        <source>Readiness over snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="92"/>
        <source>Overall readiness at each snapshot, and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="99"/>
        <source>Due in the next %1 days: actions and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="136"/>
        <source>nothing applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="138"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="141"/>
        <source>%1 (%2 assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="160"/>
        <source>Open an assessment (Ctrl+O), or create a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="162"/>
        <source>Create your first assessment (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="179"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="181"/>
        <source>Framework version %1, content as of %2. Figures as of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="93"/>
        <source>Due in the next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="94"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="94"/>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="96"/>
        <source>Nothing due in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="110"/>
        <source>Overdue: actions and items, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="116"/>
        <source>Trend across snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="158"/>
        <source>No assessment is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="197"/>
        <source>%1: %2 ready, %3 assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="233"/>
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
        <location filename="../../ui/widgets/dates.py" line="202"/>
        <source>Not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dates.py" line="207"/>
        <source>Not a date: type 2027-03-31 or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFlow</name>
    <message>
        <location filename="../../ui/document_flow.py" line="59"/>
        <source>The framework was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/document_flow.py" line="71"/>
        <source>Installed “%1” version %2 (%n item(s)): choose it in File &gt; New assessment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/document_flow.py" line="95"/>
        <source>The assessment was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document_flow.py" line="104"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document_flow.py" line="117"/>
        <source>The assessment was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document_flow.py" line="133"/>
        <source>Import assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document_flow.py" line="134"/>
        <source>An assessment named “%1” exists; name this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document_flow.py" line="135"/>
        <source>%1 (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document_flow.py" line="156"/>
        <source>Imported “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="125"/>
        <source>Click a row, or press Enter, to open the item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueWorkModel</name>
    <message>
        <location filename="../../ui/models/due_actions.py" line="36"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="37"/>
        <source>Action or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="38"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="39"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="40"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="41"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="78"/>
        <source>Item %1, priority %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="81"/>
        <source>%1 (%2) for item %3, priority %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="84"/>
        <source>Click to open the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="91"/>
        <source>Item due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_actions.py" line="100"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="102"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_actions.py" line="103"/>
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
        <location filename="../../ui/dialogs/plan_dialogs.py" line="51"/>
        <source>Export action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="53"/>
        <source>Only this &amp;owner&apos;s items and actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="55"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="60"/>
        <source>Only open &amp;gaps and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="61"/>
        <source>Leave out done actions and items that are ready or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="62"/>
        <source>You choose the file name next. The workbook opens in Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="65"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExposureViews</name>
    <message>
        <location filename="../../ui/exposure_views.py" line="56"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="57"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="122"/>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="124"/>
        <source>&amp;Products and their origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="125"/>
        <source>Which products qualify today and under each scenario; edit values in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="126"/>
        <source>&amp;Scenarios and duty at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="127"/>
        <source>What each scenario of the review would cost, and which products it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="129"/>
        <source>&amp;Import product register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="130"/>
        <source>Read products from the Excel template or CSV files; see what changes before it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="131"/>
        <source>&amp;Export product register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="132"/>
        <source>Write the register to the Excel template, to edit it and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="133"/>
        <source>Save register &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="134"/>
        <source>An empty register workbook with instructions and two example products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="136"/>
        <source>&amp;Add scenario file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="137"/>
        <source>A what-if of your own (TOML), checked like a framework pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="191"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="225"/>
        <source>Imported %1: %2 new, %3 changed, %4 removed. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="242"/>
        <source>The register was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="252"/>
        <source>%1 product register %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="260"/>
        <source>Export product register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="268"/>
        <source>Save register template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="268"/>
        <source>Product register template.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="285"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="289"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="307"/>
        <source>The scenario was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_views.py" line="313"/>
        <source>Scenario “%1” added</source>
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
        <location filename="../../ui/views/guidance.py" line="82"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="102"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="104"/>
        <source>What ready looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="106"/>
        <source>Evidence examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="108"/>
        <source>Suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="111"/>
        <source>Effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="113"/>
        <source>Phase-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="115"/>
        <source>Unconfirmed: check this item against a primary source before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="123"/>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="126"/>
        <source>No guidance for this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="36"/>
        <source>Trade Readiness guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="42"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineFigures</name>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="43"/>
        <source>Overall readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="44"/>
        <source>Coverage (assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="45"/>
        <source>Open gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="46"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="47"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="48"/>
        <source>Cost of open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="70"/>
        <source>weighted over the items that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="73"/>
        <source>%1 of %2 items assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="79"/>
        <source>%1 critical, %2 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard_parts.py" line="85"/>
        <source>%n due within %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="87"/>
        <source>actions and items past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="100"/>
        <source>no open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="102"/>
        <source>Not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="102"/>
        <source>no open action has an estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_parts.py" line="103"/>
        <source>sum of the estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard_parts.py" line="105"/>
        <source>; %n not estimated yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/views/item_editor.py" line="77"/>
        <source>Item editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="91"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="94"/>
        <source>Gu&amp;idance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="96"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="98"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="209"/>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="222"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemExtras</name>
    <message>
        <location filename="../../ui/views/item_extras.py" line="29"/>
        <source>&amp;History of this item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_extras.py" line="30"/>
        <source>Every change saved to this item: who, when, before and after</source>
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
        <location filename="../../ui/views/guidance.py" line="55"/>
        <source>Item %1  ·  %2  ·  weight %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="62"/>
        <source>Readiness is the weighted average of the levels of the items that apply: an item of weight %1 counts %1 times as much as an item of weight 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="71"/>
        <source>Select an item to assess it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHistoryDialog</name>
    <message>
        <location filename="../../ui/views/item_history.py" line="72"/>
        <source>Item history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_history.py" line="88"/>
        <source>Every change saved to this item, newest first, with the login name of whoever made it. Undo and redo appear as changes of their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHistoryModel</name>
    <message>
        <location filename="../../ui/models/history.py" line="119"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="119"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="119"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="119"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="119"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHistoryView</name>
    <message>
        <location filename="../../ui/views/item_history.py" line="31"/>
        <source>Changes to this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_history.py" line="43"/>
        <source>No change to this item has been recorded yet.</source>
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
    <message numerus="yes">
        <location filename="../../ui/models/items.py" line="208"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../ui/models/snapshots.py" line="66"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="66"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="66"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="66"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="66"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="94"/>
        <source>↑ up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="94"/>
        <source>↓ down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="94"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="186"/>
        <source>Link %1 to a readiness item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="189"/>
        <location filename="../../ui/dialogs/register_dialogs.py" line="190"/>
        <source>Find an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="192"/>
        <source>Readiness items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="200"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedProductsPanel</name>
    <message>
        <location filename="../../ui/views/linked_products.py" line="32"/>
        <source>Linked products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/linked_products.py" line="35"/>
        <source>Products linked to this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/linked_products.py" line="65"/>
        <source>%1: no longer in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/linked_products.py" line="74"/>
        <source>%1 (%2): %3 today, duty %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/linked_products.py" line="82"/>
        <source>; up to %1 more a year under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/linked_products.py" line="90"/>
        <source>and %n more product(s): see the Products tab</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/linked_products.py" line="94"/>
        <source>At stake on this item: up to %1 a year more than today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Assessment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <location filename="../../ui/main_window.py" line="137"/>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Framework content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Last saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Trade Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>No items match. Clear the search, or the filters (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>No assessment is open. Open one (Ctrl+O), or create a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Create your first assessment (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>%1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>content as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Choose an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>The daily backup was not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Snapshot “%1” taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Backing up the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationFlow</name>
    <message>
        <location filename="../../ui/migration_flow.py" line="145"/>
        <source>The assessment cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="156"/>
        <source>The assessment was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="157"/>
        <source>Moving to the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="169"/>
        <source>The content cannot be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="182"/>
        <source>The content was not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="183"/>
        <source>Updating the content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/migration_flow.py" line="211"/>
        <source>Moved to “%1”: %n item(s) need review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="213"/>
        <source>“%1” is archived and read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/migration_flow.py" line="223"/>
        <source>Updated to version %1: %n item(s) need review (Shift+F8 walks them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="244"/>
        <source>No item needs review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="123"/>
        <source>Move to new framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="128"/>
        <source>Items of the old version, by what happened to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="155"/>
        <source>Per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="161"/>
        <source>Items that are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/migration_preview.py" line="172"/>
        <source>%n item(s) that are gone hold answers, evidence or actions that will not carry over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="179"/>
        <source>I have noted what will not carry over (a snapshot taken first keeps a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="181"/>
        <source>I have noted what will not carry over (it stays readable in the archived assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="186"/>
        <source>Name of the new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="191"/>
        <source>Take a snapshot “%1” first, to compare with afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="212"/>
        <source>&amp;Update content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="242"/>
        <source>&lt;b&gt;%1&lt;/b&gt; moves from %2 (version %3) to &lt;b&gt;%7&lt;/b&gt; (version %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="245"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is on %2 version %3 (content as of %4). Version %5 (content as of %6) is installed: updating keeps this assessment, its answers, snapshots and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="250"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is on %2 version %3. Version %5 is installed: updating keeps this assessment, its answers, snapshots and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="264"/>
        <source>The new content is current to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="270"/>
        <source>This cannot be undone. Items whose rule changed are flagged for review with a note on what changed; new items start unassessed. Shift+F8 walks the flagged items afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="274"/>
        <source>This cannot be undone. A new assessment is created on the new version; the old one stays exactly as it was, archived and read only, so you can always look back at it and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="212"/>
        <source>&amp;Move to new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="225"/>
        <source>&amp;New assessment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="203"/>
        <source>Per area of the new version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="123"/>
        <source>Update content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="147"/>
        <source>%1, %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/migration_preview.py" line="148"/>
        <source>%n answer(s) carry over as they are</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/migration_preview.py" line="149"/>
        <source>%n carry over flagged for review with the mapping&apos;s note</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/migration_preview.py" line="150"/>
        <source>%n item(s) start unassessed (new, or nothing was answered before)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/migration_preview.py" line="151"/>
        <source>%n item(s) are gone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/migration_preview.py" line="205"/>
        <source>Items that are gone (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="279"/>
        <source>Before the content update to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="294"/>
        <source>The new assessment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="296"/>
        <source>An assessment with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationTargetDialog</name>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="78"/>
        <source>Move to new framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="79"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="58"/>
        <source>Name and framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="59"/>
        <source>Name the assessment and choose the agreement framework to assess against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="61"/>
        <source>Assessment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="62"/>
        <source>For example: USMCA compliance 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="64"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="69"/>
        <source>%1 (version %2, %3 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="72"/>
        <source>Watch list: %1 (%2 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="75"/>
        <source>Compliance assessment the watch list runs beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="76"/>
        <source>Runs &amp;beside:</source>
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
        <location filename="../../ui/dialogs/new_assessment.py" line="90"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="91"/>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="93"/>
        <source>C&amp;urrency of costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="153"/>
        <source>An assessment with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="155"/>
        <source>The currency is a three-letter code, such as USD, CAD or MXN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="159"/>
        <source>A watch list runs beside a compliance assessment on the framework it watches (%1). Create that assessment first.</source>
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
        <location filename="../../ui/models/plan_changes.py" line="159"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="160"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="161"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="162"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="163"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="164"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="165"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentWizard</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="266"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="266"/>
        <source>New review watch list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotImportedModel</name>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="341"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="341"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="341"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="341"/>
        <source>The file has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="341"/>
        <source>Why not</source>
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
        <location filename="../../ui/models/plan_changes.py" line="98"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="99"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="100"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="101"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="102"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="103"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="104"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExchange</name>
    <message>
        <location filename="../../ui/plan_exchange.py" line="65"/>
        <source>Open exported plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="66"/>
        <source>Open the exported action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="88"/>
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
        <source>Action plan saved: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_exchange.py" line="148"/>
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_exchange.py" line="149"/>
        <source>%n open gap(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="188"/>
        <source>The returned plan cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="190"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="203"/>
        <source>%1 has no changes to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="215"/>
        <source>Imported %1: %2, %3. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_exchange.py" line="217"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_exchange.py" line="218"/>
        <source>%n new action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="249"/>
        <source>Import returned plan (%n change(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="267"/>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="272"/>
        <source>Redoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="284"/>
        <source>Undoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="291"/>
        <source>%1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="135"/>
        <source>Import returned plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="139"/>
        <source>%1: %2 to %3, %4, %5 to decide, from %6 read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="141"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="142"/>
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="143"/>
        <source>%n new action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="144"/>
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="145"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="148"/>
        <source>Exported from %1 before it moved to %2 (%3); items follow the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="167"/>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="168"/>
        <source>New actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="169"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="170"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="175"/>
        <source>New actions (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="178"/>
        <source>Conflicts (%n): changed in the file and here since the export. Check the value to keep.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="185"/>
        <source>Take all values from the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="186"/>
        <source>&amp;Keep all values of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="191"/>
        <source>Not imported (%n): differences in the file that are not applied, and why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="198"/>
        <source>Nothing has changed yet. Apply makes every change at once; Edit &gt; Undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="209"/>
        <source>Changed fields (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message>
        <location filename="../../ui/views/product_detail.py" line="87"/>
        <source>Double-click a value to change it; Edit &gt; Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="118"/>
        <source>Result under today&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="119"/>
        <source>Result under the scenario compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="124"/>
        <source>Values and rule of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="126"/>
        <location filename="../../ui/views/product_detail.py" line="146"/>
        <source>Bill of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="130"/>
        <source>Readiness items linked to this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="132"/>
        <source>&amp;Link to item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="133"/>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="145"/>
        <source>Values and rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="147"/>
        <source>Linked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="178"/>
        <source>Select a product to see why it qualifies or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="185"/>
        <source>Today&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="203"/>
        <source> (at most: some data are missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/product_detail.py" line="205"/>
        <source>%1: %2, annual duty %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductFieldsModel</name>
    <message>
        <location filename="../../ui/models/product_detail.py" line="116"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/product_detail.py" line="116"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../ui/models/products.py" line="54"/>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="55"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="56"/>
        <source>HTS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="57"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="58"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="59"/>
        <source>Duty today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="60"/>
        <source>Duty, scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="61"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="66"/>
        <source>Under the scenario compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="71"/>
        <source>Qualifies, fails or cannot tell under today&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="73"/>
        <source>Annual duty under today&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/products.py" line="75"/>
        <source>Annual duty under the scenario less today&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../ui/views/products_view.py" line="63"/>
        <location filename="../../ui/views/products_view.py" line="86"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="65"/>
        <source>Scenario to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="67"/>
        <source>Only products that &amp;fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="68"/>
        <source>Show only the products that fail under the scenario compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="70"/>
        <source>Find a part number or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="71"/>
        <source>Find a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="76"/>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="118"/>
        <source>This assessment has no products yet. Import your product register (the Excel template, or CSV files) to see which products qualify and what each scenario of the review would cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="124"/>
        <source>&amp;Import product register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="125"/>
        <source>Save the register &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="161"/>
        <source> (trying another threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/products_view.py" line="175"/>
        <source>%1 of %2 shown; %3 fail under this scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="50"/>
        <source>Company profile of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="58"/>
        <source>Items whose applicability changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="72"/>
        <source>Answers are never deleted: an item that stops applying keeps its answer, and it counts again if the item applies later. Items you marked not applicable yourself stay as they are. The change is one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="83"/>
        <source>&amp;Apply profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="108"/>
        <source>Change the roles, countries or sectors to see which items start or stop applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_edit.py" line="110"/>
        <source>No item changes: the same items apply with this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/profile_edit.py" line="112"/>
        <source>With this profile %n item(s) start to apply</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/profile_edit.py" line="113"/>
        <source> and %n item(s) stop applying.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../ui/dialogs/profile_fields.py" line="24"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_fields.py" line="37"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_fields.py" line="27"/>
        <source>North American trade volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_fields.py" line="38"/>
        <source>North American &amp;trade volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_fields.py" line="40"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_fields.py" line="41"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile_fields.py" line="42"/>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="201"/>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="203"/>
        <source>The profile decides which items apply. Leave a group empty to keep every item of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="92"/>
        <source>Import product register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="95"/>
        <source>%1: %2 new, %3 changed, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="105"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="107"/>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_dialogs.py" line="113"/>
        <source>Also &amp;remove the %n product(s) the file does not list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="116"/>
        <source>Without this, products the file does not list stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="118"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterProblemsDialog</name>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="137"/>
        <source>The register was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="140"/>
        <source> (only the first %1 are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/register_dialogs.py" line="146"/>
        <source>%1 has %n problem(s)%2. Nothing was imported: fix them in the file and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="157"/>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="159"/>
        <source>Sheet or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="159"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="159"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="159"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="159"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovedItemModel</name>
    <message>
        <location filename="../../ui/models/migration.py" line="129"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="129"/>
        <source>Your answer that will not carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="136"/>
        <source>Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="129"/>
        <source>Why it is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <location filename="../../ui/views/response_form.py" line="51"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="53"/>
        <location filename="../../ui/views/response_form.py" line="177"/>
        <source>Why this item does not apply to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="60"/>
        <source>Who is accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="63"/>
        <source>&amp;Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="104"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="112"/>
        <source>G&amp;ap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="136"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="68"/>
        <source>What is missing between today and ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="70"/>
        <source>Anything else worth keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="100"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="102"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="107"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="109"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="114"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="131"/>
        <source>Readiness level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="131"/>
        <source>0 not started to 4 ready, or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="132"/>
        <source>Not applicable reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="132"/>
        <source>Why the item does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="133"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="133"/>
        <source>How urgent closing the gap is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="134"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="134"/>
        <source>The person accountable for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="135"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="136"/>
        <source>Flag the answer for another look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="137"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="137"/>
        <location filename="../../ui/views/response_form.py" line="138"/>
        <source>Saved when you leave the field or pause typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="138"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="182"/>
        <source>Say why it does not apply: until then the item counts as not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="188"/>
        <source>⚠ Ready, but no evidence is recorded: add a link or a file under Evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="199"/>
        <source>Review note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="230"/>
        <source>Mark not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="235"/>
        <source>Set level to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="243"/>
        <source>Edit not-applicable reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="244"/>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="245"/>
        <source>Set owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="246"/>
        <source>Set due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="247"/>
        <source>Change needs-review flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="248"/>
        <source>Edit gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="249"/>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <location filename="../../ui/views/item_editor.py" line="50"/>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="51"/>
        <source>&amp;Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="52"/>
        <source>You have checked the answer against the new item; clears the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="59"/>
        <source>the answer was flagged for another look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="60"/>
        <source>Needs review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenariosView</name>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="89"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="96"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="98"/>
        <source>Annual duty per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="99"/>
        <source>Click a scenario, or press Enter, to see the products it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="108"/>
        <source>RVC method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="113"/>
        <source>RVC threshold to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="114"/>
        <source>Evaluate this scenario at another threshold; nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="115"/>
        <source>As in the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="116"/>
        <source>&amp;Remove this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="117"/>
        <source>Remove your own scenario from this workspace (Edit &gt; Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="121"/>
        <source>Try another threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="129"/>
        <source>Products whose result changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="130"/>
        <source>Double-click or press Enter to open the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="169"/>
        <source>No products yet: import the product register to compare scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/scenarios_view.py" line="193"/>
        <source>Annual duty under each scenario (%1), %n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/scenarios_view.py" line="214"/>
        <source>%1: %2 a year; %n product(s) fail</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="229"/>
        <source> (tried at %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="239"/>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="239"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="243"/>
        <source>Why model it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="245"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/scenarios_view.py" line="249"/>
        <source>%n product(s) whose result changes under this scenario</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="260"/>
        <source>net cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/scenarios_view.py" line="260"/>
        <source>transaction value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotTableModel</name>
    <message>
        <location filename="../../ui/models/snapshots.py" line="30"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="30"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="30"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="30"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="57"/>
        <location filename="../../ui/dialogs/snapshots.py" line="61"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="62"/>
        <source>Items that moved since the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="63"/>
        <source>Select a snapshot to compare it with today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="66"/>
        <source>&amp;Take snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="67"/>
        <source>&amp;Go to item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="71"/>
        <source>Readiness per area then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="78"/>
        <source>Compare with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="79"/>
        <source>Readiness when the assessment was migrated, and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="121"/>
        <source>No snapshot yet. Take one at a milestone (“before the joint review”) to compare it with today later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="143"/>
        <source>Since “%1”: %2, %3 moved down, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/snapshots.py" line="145"/>
        <location filename="../../ui/dialogs/snapshots.py" line="194"/>
        <source>%n item(s) moved up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/snapshots.py" line="147"/>
        <source>%n other change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="161"/>
        <source>Actions: %1 done, %2 added, %3 removed, %4 with a later due date; open actions cost %5 then, %6 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="190"/>
        <source>Since the move from “%1”: readiness %2 then, %3 now; %4, %5 down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeModel</name>
    <message>
        <location filename="../../ui/models/scenario_changes.py" line="34"/>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_changes.py" line="35"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_changes.py" line="36"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_changes.py" line="37"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_changes.py" line="38"/>
        <source>Duty today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_changes.py" line="39"/>
        <source>Duty, scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/scenario_changes.py" line="40"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="227"/>
        <source>What applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="232"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="232"/>
        <source>Why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="236"/>
        <source>Items that do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="237"/>
        <source>You can mark any item applicable again later in the item editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="248"/>
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
        <location filename="../../ui/app.py" line="87"/>
        <source>No local copy was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="117"/>
        <source>There is no assessment named “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>There is no assessment named “%1” in this workspace. Showing “%2” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="231"/>
        <source>Assessment not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assessment_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="42"/>
        <source>Assessment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="62"/>
        <source>The assessment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="64"/>
        <source>An assessment with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="79"/>
        <source>Currency of costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="84"/>
        <source>Currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="86"/>
        <source>Cost estimates keep their amounts; only the currency they are read in changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="98"/>
        <source>&amp;Currency (three letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="119"/>
        <source>Delete “%1” from this workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="120"/>
        <source>Its answers, actions and %n snapshot(s) are removed. A backup of the whole workspace is taken first, and the app tells you where it is, so the assessment can still be restored from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="128"/>
        <source>The watch list %1 runs beside it and will no longer show its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="133"/>
        <source>Delete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="139"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="152"/>
        <source>Assessment deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="153"/>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="157"/>
        <source>The backup taken just before holds it:
%1

Restore that file to get the assessment back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="173"/>
        <source>Make the assessment active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="174"/>
        <source>Make “%1” active again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="179"/>
        <source>It was archived when it was moved to the 2026 joint-review pack (“%1”). That pack is retired: a review is now followed with a watch list that runs beside the compliance assessment, which stays editable. Your compliance answers did not stop being true on 1 July 2026, so they should not stay frozen. Making the assessment active again changes no answer; “%1” is kept as it is. You can then update its content and add a review watch list beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="188"/>
        <source>Make &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="201"/>
        <source>Import assessment from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="203"/>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="213"/>
        <source>Assessment documents (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="211"/>
        <source>Export assessment as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="228"/>
        <source>Import framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assessment_dialogs.py" line="230"/>
        <source>Framework packs (*.toml *.json)</source>
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
    <message>
        <location filename="../../ui/exposure_commands.py" line="173"/>
        <source>Edit product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_commands.py" line="186"/>
        <source>Edit material of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_commands.py" line="192"/>
        <source>Link products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_commands.py" line="192"/>
        <source>Unlink products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_commands.py" line="211"/>
        <source>Add scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_commands.py" line="216"/>
        <source>Remove scenario %1</source>
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
    <name>exposure</name>
    <message>
        <location filename="../../ui/exposure_labels.py" line="30"/>
        <source>Qualifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="31"/>
        <source>Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="32"/>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="48"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="55"/>
        <source>transaction value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="56"/>
        <source>net cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="57"/>
        <source>total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="58"/>
        <source>the whole value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="59"/>
        <source>the non-U.S. content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="60"/>
        <source>the non-originating value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="66"/>
        <source>chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="67"/>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="68"/>
        <source>subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="75"/>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="78"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="83"/>
        <source>Every material is originating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="84"/>
        <source>Every non-originating material changes %level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="85"/>
        <source>The materials without the tariff shift (%materials) are worth %value, within the de minimis %percent% of the %base (%limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="90"/>
        <source>RVC by %method is %rvc%, meeting the %threshold% threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="91"/>
        <source>Labour value content %lvc% meets the %minimum% minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="92"/>
        <source>U.S. content is %share% of the %method, meeting the %minimum% minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="95"/>
        <source>No change of %level for %materials, as the rule asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="96"/>
        <source>%material comes from %range, which the rule excludes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="97"/>
        <source>The materials without the tariff shift (%materials) are worth %value, above the de minimis %percent% of the %base (%limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="102"/>
        <source>No de minimis allowance for %materials (exception %exceptions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="105"/>
        <source>RVC by %method is %rvc%, below the %threshold% threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="108"/>
        <source>Labour value content %lvc% is below the %minimum% minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="111"/>
        <source>U.S. content is %share% of the %method, below the %minimum% minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="114"/>
        <source>No rule of origin is recorded for this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="115"/>
        <source>No HTS code is recorded for %materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="116"/>
        <source>No value is recorded for %materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="117"/>
        <source>The product&apos;s %needed is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="118"/>
        <source>No labour value content is declared (the minimum is %minimum%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="121"/>
        <source>%materials: for textiles the de minimis allowance is measured by weight, which the register does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="125"/>
        <source>The preference applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="126"/>
        <source>No preference is claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="127"/>
        <source>%origin to %destination is not trade between two parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="130"/>
        <source>The scenario withdraws the preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="131"/>
        <source>It does not qualify (%status), so the MFN rate applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="132"/>
        <source>%program: %base is not known, so the whole value is charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="151"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="172"/>
        <source>This cell is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="173"/>
        <source>The text cannot be read (%reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="174"/>
        <source>The text has %length characters; at most %limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="175"/>
        <source>A formula: type the value itself (formulas are never imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="176"/>
        <source>Text that starts like a formula (%text) is not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="177"/>
        <source>%found is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="178"/>
        <source>%found is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="179"/>
        <source>%found has more digits than a spreadsheet keeps exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="180"/>
        <source>%found is above the limit of %limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="181"/>
        <source>%found is not an HTS code of 6 to 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="182"/>
        <source>%found was stored as a number and lost its trailing zero; type it as text (8708.30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="185"/>
        <source>%found is not a list of HTS ranges (such as 7208-7216; 7225).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="186"/>
        <source>%found is not one of %allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="187"/>
        <source>%found is not a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="188"/>
        <source>%found is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="189"/>
        <source>%reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="190"/>
        <source>The part number is listed twice (first in row %first_row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="191"/>
        <source>Part number %part_number is not on the Products sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="192"/>
        <source>The lane %origin to %destination is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="193"/>
        <source>%part_number has no such lane on the Lanes sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="194"/>
        <source>Overlay %program is listed twice on this lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="195"/>
        <source>The bill of materials totals %total, more than this value (%value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="198"/>
        <source>The workbook has no %table sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="199"/>
        <source>No file holds the %table columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="200"/>
        <source>The header row is missing or was changed (required: %required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="201"/>
        <source>The headers match no sheet of the register (%headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="202"/>
        <source>A second file for %table (the first is %first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="203"/>
        <source>Not a readable CSV file (%reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="204"/>
        <source>Too many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="205"/>
        <source>Reading the file took too long; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="206"/>
        <source>There is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="207"/>
        <source>This is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="208"/>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="209"/>
        <source>The file cannot be read (%reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="210"/>
        <source>The file is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="211"/>
        <source>This is not an Excel workbook, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="212"/>
        <source>This is an old .xls workbook: save it as .xlsx in Excel and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="213"/>
        <source>The workbook has a password: save it without one and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="214"/>
        <source>The workbook would expand to far more than its size; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="215"/>
        <source>The workbook&apos;s XML declares entities (an XML bomb or an external reference); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="218"/>
        <source>This workbook is not a Trade Readiness product register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="219"/>
        <source>The register format %version is newer than this app understands; update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="239"/>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="240"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="241"/>
        <source>HTS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="242"/>
        <source>Preference claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="243"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="244"/>
        <source>Transaction value per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="245"/>
        <source>Net cost per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="246"/>
        <source>Total cost per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="247"/>
        <source>Labour value content declared (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="248"/>
        <source>Rule: tariff shift level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="249"/>
        <source>Rule: tariff shift excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="250"/>
        <source>Rule: RVC threshold, transaction value (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="251"/>
        <source>Rule: RVC threshold, net cost (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="252"/>
        <source>Rule: shift and RVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="253"/>
        <source>Rule: labour value content minimum (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="254"/>
        <source>Rule: U.S. content minimum (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="255"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="256"/>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="257"/>
        <source>Originating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="258"/>
        <source>Value per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="265"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="267"/>
        <location filename="../../ui/exposure_labels.py" line="274"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="267"/>
        <location filename="../../ui/exposure_labels.py" line="275"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="269"/>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="270"/>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="271"/>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="272"/>
        <source>Both needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="273"/>
        <source>Either is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="276"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="277"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="278"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="279"/>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exposure_labels.py" line="280"/>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/models/history.py" line="29"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="30"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="31"/>
        <source>Not-applicable reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="32"/>
        <source>Ruled out by the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="33"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="34"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="35"/>
        <location filename="../../ui/models/history.py" line="47"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="36"/>
        <location filename="../../ui/models/history.py" line="48"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="37"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="38"/>
        <location filename="../../ui/models/history.py" line="51"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="39"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="40"/>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="46"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="50"/>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="60"/>
        <source>Action added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="62"/>
        <source>Action removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="66"/>
        <source>%1 of an action since removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="68"/>
        <source>%1 of the action “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="77"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="77"/>
        <source>No</source>
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
        <location filename="../../ui/labels.py" line="31"/>
        <source>0 Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>1 Aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>2 Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>3 In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>4 Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Nothing done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>The exposure is identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>A plan and an owner exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Partly implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Implemented and evidenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Not applicable (no reason yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <location filename="../../ui/models/snapshots.py" line="91"/>
        <location filename="../../ui/models/snapshots.py" line="93"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Agriculture and food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Textiles and apparel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Steel and aluminium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Chemicals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Digital services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Pharmaceuticals and other IP-intensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Under US$10 million a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>US$10-100 million a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>US$100 million - 1 billion a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>Over US$1 billion a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>This file is not a Trade Readiness workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>The workspace file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>The workspace was written by a newer version of Trade Readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <source>The workspace is in a location that cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Another program is holding the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>There is no workspace at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>The workspace cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>Concerns %1 only; the company profile has no such role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="163"/>
        <source>Concerns trade with %1 only; not in the company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>Concerns %1 only; not among the company&apos;s sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>The item %1 changed in the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>This was not applicable before; the new item applies to your company profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>The new item may not apply to you: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>%1, from the returned plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="218"/>
        <source>%1, undoing the returned plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="40"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="41"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="42"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="44"/>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="45"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="54"/>
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
        <location filename="../../ui/menus.py" line="48"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="51"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="54"/>
        <source>Create an assessment for a framework and a company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="58"/>
        <source>&amp;Open assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="61"/>
        <source>Switch to another assessment in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="63"/>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="64"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67"/>
        <source>Copy the answers and actions into a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="70"/>
        <source>Company &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="71"/>
        <source>Change roles, countries and sectors, seeing first which items start or stop applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="74"/>
        <source>&amp;Currency of costs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="78"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="79"/>
        <source>Remove the assessment from the workspace; a backup is taken first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="82"/>
        <source>New review &amp;watch list beside this assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="83"/>
        <source>Follow the annual review beside this assessment, which stays editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="88"/>
        <source>Take &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="91"/>
        <source>Freeze every answer under a label, to compare later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="95"/>
        <source>Snapshots and &amp;comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="98"/>
        <source>List snapshots and compare one with today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="103"/>
        <source>&amp;Export action plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="106"/>
        <source>Write the Excel action plan for leadership and item owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="110"/>
        <source>&amp;Import returned plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="113"/>
        <source>Read back an action plan that owners edited; preview every change before applying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="116"/>
        <source>Export assessment as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="117"/>
        <source>Write the whole assessment as a portable document another workspace can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="120"/>
        <source>Import assessment from JS&amp;ON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="121"/>
        <source>Create an assessment from a portable JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="124"/>
        <source>Import &amp;framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="125"/>
        <source>Install a framework pack of your own (TOML, or the JSON the command line prints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="129"/>
        <source>&amp;Update content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>A newer version of this framework is installed: preview and apply it to this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="134"/>
        <source>&amp;Move to new framework version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="137"/>
        <source>Carry the answers over to the agreement&apos;s next version; the current assessment is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="144"/>
        <source>&amp;Back up workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="147"/>
        <source>Copy the workspace to its backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="150"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="153"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="155"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="163"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="166"/>
        <source>Search the question, guidance, gap, notes and owner of every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="170"/>
        <source>&amp;Edit selected items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="173"/>
        <source>Set the level (or not applicable), owner, priority or due date of every selected item at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="178"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="182"/>
        <source>Item &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="183"/>
        <source>Every change saved to the item in the editor: who, when, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="186"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="189"/>
        <source>&amp;Next unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="192"/>
        <source>Walk the checklist in order to the next item with no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="195"/>
        <source>Next item needing &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="196"/>
        <source>Walk the items flagged after a content update or a move, in checklist order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="199"/>
        <source>&amp;Switch to the assessment beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="200"/>
        <source>Between a watch list and the compliance assessment it runs beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="203"/>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="204"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="206"/>
        <source>&amp;Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="207"/>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="208"/>
        <source>Item &amp;editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="212"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="213"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="216"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="217"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="218"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="226"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="228"/>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="229"/>
        <source>How to work, the readiness scale, priorities, coverage and what the workbook contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="232"/>
        <source>&amp;About Trade Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="233"/>
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
    <name>migration</name>
    <message>
        <location filename="../../ui/models/migration.py" line="71"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="77"/>
        <source>gap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="79"/>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="91"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_preview</name>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="50"/>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="51"/>
        <source>Reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="52"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="53"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="54"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="55"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <location filename="../../ui/assessment_notice.py" line="62"/>
        <source>Newer content for this framework is installed: version %1, as of %2 (this assessment is on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="67"/>
        <source>Newer content for this framework is installed: version %1 (this assessment is on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="75"/>
        <source>Preview the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="80"/>
        <source>Watch list beside %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="82"/>
        <source>The watch list %1 runs beside this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="85"/>
        <source>Switch to it (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="93"/>
        <source>Read only: the workspace cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="97"/>
        <source>Archived when it was moved to the 2026 joint-review pack (%1), which froze its compliance answers. Review packs now run beside the compliance assessment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="103"/>
        <source>Make it active again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="107"/>
        <source>Archived — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="109"/>
        <source>Archived: migrated to %1 on %2 — read only. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/assessment_notice.py" line="112"/>
        <source>Open the new assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan_changes</name>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="315"/>
        <source>The %1 column belongs to you, the trade compliance manager; change it in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="318"/>
        <source>The row was deleted from the file; the action stays (remove it here if it is done with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="321"/>
        <source>No action of this assessment has this Action ID (a row copied from another plan?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="324"/>
        <source>The file was not exported with this action (a row copied from another copy?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="327"/>
        <source>The action was removed in the app after the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="328"/>
        <source>The item is no longer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="91"/>
        <source>Export action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="93"/>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="110"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="108"/>
        <source>Import returned plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>register_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="44"/>
        <source>Import product register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="46"/>
        <source>Product register: one workbook, or CSV files (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="57"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="69"/>
        <source>Add a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/register_dialogs.py" line="71"/>
        <source>Scenario file (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
