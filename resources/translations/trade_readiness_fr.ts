<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="20"/>
        <source>Take a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="21"/>
        <source>Label for this milestone (for example “before round 3”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="34"/>
        <source>No assessment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/simple.py" line="35"/>
        <source>This workspace has no assessment yet. Create one now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>0 Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>1 Aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>2 Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>3 In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>4 Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Nothing done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>The exposure is identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>A plan and an owner exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Partly implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Implemented and evidenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <location filename="../../ui/models/snapshots.py" line="124"/>
        <location filename="../../ui/models/snapshots.py" line="126"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Agriculture and food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Textiles and apparel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Steel and aluminium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Chemicals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Digital services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Pharmaceuticals and other IP-intensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Under US$10 million a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>US$10-100 million a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>US$100 million - 1 billion a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Over US$1 billion a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>This file is not a Trade Readiness workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>The workspace file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>The workspace was written by a newer version of Trade Readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>The workspace is in a location that cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Another program is holding the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>There is no workspace at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>The workspace cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="44"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="47"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="50"/>
        <source>Create an assessment for a framework and a company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="54"/>
        <source>&amp;Open assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="57"/>
        <source>Switch to another assessment in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="62"/>
        <source>Take &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>Freeze every answer under a label, to compare later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="69"/>
        <source>Snapshots and &amp;comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="72"/>
        <source>List snapshots and compare one with today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77"/>
        <source>&amp;Export action plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="80"/>
        <source>Write the Excel action plan for leadership and item owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="84"/>
        <source>&amp;Import returned plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="87"/>
        <source>Read back an action plan that owners edited; preview every change before applying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="92"/>
        <source>&amp;Move to new framework version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="95"/>
        <source>Carry the answers over to the agreement&apos;s next version; the current assessment is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="99"/>
        <source>&amp;Back up workspace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="99"/>
        <source>Copy the workspace to its backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="102"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="104"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="105"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="107"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="118"/>
        <source>Search the question, guidance, gap, notes and owner of every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="122"/>
        <source>&amp;Edit selected items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="125"/>
        <source>Set owner, priority or due date of every selected item at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="127"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="129"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Next unanswered item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="135"/>
        <source>Walk the checklist in order to the next item with no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="138"/>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="139"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="141"/>
        <source>&amp;Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="142"/>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="143"/>
        <source>Item &amp;editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="145"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="146"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="148"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="148"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="148"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="155"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="156"/>
        <source>&amp;About Trade Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="157"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="32"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="33"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="35"/>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="36"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="45"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="222"/>
        <source>%1

Where: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="30"/>
        <source>Action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="32"/>
        <source>Action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="34"/>
        <source>Action due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="36"/>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="43"/>
        <source>Not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="44"/>
        <source>Cost estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="47"/>
        <source>Action notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="54"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="55"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="56"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="57"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="58"/>
        <source>&amp;Cost estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialog.py" line="59"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../ui/models/actions.py" line="47"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="47"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="47"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/actions.py" line="47"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="50"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="51"/>
        <source>Enter edits the selected action, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="52"/>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="54"/>
        <source>Add suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="55"/>
        <source>Add one of the framework&apos;s suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="59"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="60"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="95"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/actions_panel.py" line="109"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="76"/>
        <source>this assessment is archived and read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaCountsModel</name>
    <message>
        <location filename="../../ui/models/migration.py" line="53"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="53"/>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="53"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="53"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="56"/>
        <source>Area of the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="57"/>
        <source>Answers carried over as they are (same or reworded items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="58"/>
        <source>Answers carried over but flagged: the item changed, was split or merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="59"/>
        <source>Items new in this version; they start unassessed</source>
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
        <location filename="../../ui/models/areas.py" line="85"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="85"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="85"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="88"/>
        <source>Objective area of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="89"/>
        <source>Readiness: weighted mean of item levels (level / 4), unassessed items counting 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="90"/>
        <source>Coverage: share of applicable items with a level recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="106"/>
        <source>%1 of %2 applicable items assessed, %3 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/areas.py" line="122"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTrendModel</name>
    <message>
        <location filename="../../ui/models/snapshots.py" line="155"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="155"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="155"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="155"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="179"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="179"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../ui/models/assessments.py" line="47"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="47"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="47"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="52"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="55"/>
        <source>Archived (migrated to %1), read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/assessments.py" line="56"/>
        <source>Archived, read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="19"/>
        <source>Edit %n selected item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="21"/>
        <source>Set &amp;owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="23"/>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="24"/>
        <source>Set &amp;priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="26"/>
        <source>New priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="30"/>
        <source>Set &amp;due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="32"/>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="41"/>
        <source>The change is saved at once and can be undone in one step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="46"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="62"/>
        <source>Overall readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="63"/>
        <source>Coverage (assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="70"/>
        <location filename="../../ui/views/dashboard.py" line="84"/>
        <source>Readiness by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="71"/>
        <source>Click an area, or press Enter, to open its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="73"/>
        <location filename="../../ui/views/dashboard.py" line="86"/>
        <source>Open gaps by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="75"/>
        <source>Readiness over snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="76"/>
        <source>Overall readiness at each snapshot, and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="79"/>
        <location filename="../../ui/views/dashboard.py" line="88"/>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="80"/>
        <source>Actions due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="89"/>
        <source>Due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="93"/>
        <source>Trend across snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="125"/>
        <source>Double-click or press Enter to open the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="148"/>
        <source>No assessment is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="162"/>
        <source>%1 applicable items, %2 assessed, %3 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="176"/>
        <source>%1: %2 ready, %3 assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="206"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/fields.py" line="118"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="121"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="122"/>
        <source>Remove the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="123"/>
        <source>Clear date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueActionModel</name>
    <message>
        <location filename="../../ui/models/due_actions.py" line="42"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="42"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="42"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="42"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="42"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="56"/>
        <source>%1 (%2). Double-click or press Enter to open the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_actions.py" line="76"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/due_actions.py" line="78"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_actions.py" line="79"/>
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
        <location filename="../../ui/views/evidence_panel.py" line="30"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="31"/>
        <source>Links and files that show the item is ready; Enter opens the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="33"/>
        <source>Paste a link or a file path, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="34"/>
        <source>New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="35"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="36"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="37"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="38"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="39"/>
        <source>Open with the system&apos;s default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.py" line="79"/>
        <source>Choose an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="47"/>
        <source>Export action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="49"/>
        <source>Only this &amp;owner&apos;s actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="51"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="56"/>
        <source>Only open &amp;gaps and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="57"/>
        <source>Leave out done actions and items that are ready or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="58"/>
        <source>You choose the file name next. The workbook opens in Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="61"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/views/item_table.py" line="45"/>
        <source>Search all items (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="47"/>
        <source>Search all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="49"/>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="53"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="55"/>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="60"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="66"/>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="67"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="68"/>
        <source>Due in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="69"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="72"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="74"/>
        <source>Filter by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="75"/>
        <source>Filter by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="76"/>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="77"/>
        <source>Filter by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="78"/>
        <source>Show only items that need review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../ui/views/guidance.py" line="27"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="31"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="47"/>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="54"/>
        <source>Select an item to assess it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="60"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="63"/>
        <source>What ready looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="66"/>
        <source>Evidence examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="68"/>
        <source>Suggested actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="71"/>
        <source>Effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="73"/>
        <source>Phase-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="75"/>
        <source>Unconfirmed: check this item against a primary source before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="83"/>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/guidance.py" line="86"/>
        <source>No guidance for this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../ui/views/item_editor.py" line="60"/>
        <source>Item editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="69"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="72"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="74"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="132"/>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="140"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../ui/views/item_table.py" line="137"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/item_table.py" line="164"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/item_table.py" line="167"/>
        <source>%1 of %2 items match the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../ui/models/items.py" line="120"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="121"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="122"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="123"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="124"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="125"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="129"/>
        <source>Marked for re-review (for example after a framework migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/items.py" line="143"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMoveModel</name>
    <message>
        <location filename="../../ui/models/snapshots.py" line="95"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="95"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="95"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="95"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="95"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="127"/>
        <source>↑ up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="127"/>
        <source>↓ down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="127"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Assessment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <location filename="../../ui/main_window.py" line="116"/>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Last saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Trade Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Archived — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Archived: migrated to “%1” on %2 — read only. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Snapshot “%1” taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Backing up the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationFlow</name>
    <message>
        <location filename="../../ui/migration_flow.py" line="72"/>
        <source>The assessment cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="90"/>
        <source>The assessment was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="93"/>
        <source>Moving to the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/migration_flow.py" line="101"/>
        <source>Moved to “%1”: %2 item(s) need review. “%3” is archived and read only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="108"/>
        <source>Move to new framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="112"/>
        <source>&lt;b&gt;%1&lt;/b&gt; moves from %2 (version %3) to &lt;b&gt;%4&lt;/b&gt; (version %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="122"/>
        <source>Items of the old version, by what happened to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="142"/>
        <source>%1 answer(s) carry over as they are, %2 carry over flagged for review with the mapping&apos;s note, %3 item(s) are new and start unassessed, %4 item(s) are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="152"/>
        <source>Per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="157"/>
        <source>Items that are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="164"/>
        <source>Name of the new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="169"/>
        <source>This cannot be undone. A new assessment is created on the new version; the old one stays exactly as it was, archived and read only, so you can always look back at it and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="181"/>
        <source>&amp;Move to new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="185"/>
        <source>&amp;New assessment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="193"/>
        <source>Per area of the new version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/migration_preview.py" line="194"/>
        <source>Items that are gone (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="209"/>
        <source>The new assessment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="211"/>
        <source>An assessment with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="41"/>
        <source>Name and framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="42"/>
        <source>Name the assessment and choose the agreement framework to assess against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="44"/>
        <source>Assessment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="45"/>
        <source>For example: NAFTA renegotiation 2017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="47"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="50"/>
        <source>%1 (version %2, %3 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="59"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="60"/>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="68"/>
        <source>An assessment with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <location filename="../../ui/navigator.py" line="128"/>
        <source>%n item(s) match the search</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="169"/>
        <source>Every applicable item has a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="178"/>
        <source>Select one or more items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/navigator.py" line="185"/>
        <source>Edit %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewActionModel</name>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="165"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="166"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="167"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="168"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="169"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="170"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="171"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentWizard</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="169"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="208"/>
        <source>The assessment could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAssessmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/open_assessment.py" line="19"/>
        <source>Open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_assessment.py" line="35"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_assessment.py" line="40"/>
        <source>Archived assessments open read only: they are the record of what was migrated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanChangeModel</name>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="86"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="87"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="88"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="89"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="90"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="91"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/plan_changes.py" line="92"/>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExchange</name>
    <message>
        <location filename="../../ui/plan_exchange.py" line="51"/>
        <source>Open exported plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="52"/>
        <source>Open the exported action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="79"/>
        <source>%1 action plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="118"/>
        <source>The action plan was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="121"/>
        <source>Export cancelled; no file was written or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="123"/>
        <source>Writing the action plan to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="130"/>
        <source>Action plan saved: %1 (%2 action(s), %3 gap(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="170"/>
        <source>The returned plan cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="172"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="188"/>
        <source>%1 has no changes to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="195"/>
        <source>The returned plan was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/plan_exchange.py" line="202"/>
        <source>Imported %1: %2 change(s), %3 new action(s). Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="128"/>
        <source>Import returned plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="132"/>
        <source>%1: %2 change(s) to %3 action(s) and %4 new action(s), from %5 row(s) read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="148"/>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="149"/>
        <source>New actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="154"/>
        <source>New actions (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="156"/>
        <source>Nothing has changed yet. Apply makes every change at once; Edit &gt; Undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/plan_dialogs.py" line="167"/>
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
        <location filename="../../ui/dialogs/new_assessment.py" line="85"/>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="87"/>
        <source>The profile decides which items apply. Leave a group empty to keep every item of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="90"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="95"/>
        <source>NAFTA-region trade volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="101"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="102"/>
        <source>NAFTA-region &amp;trade volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="104"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="105"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="106"/>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovedItemModel</name>
    <message>
        <location filename="../../ui/models/migration.py" line="107"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="107"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/migration.py" line="107"/>
        <source>Why it is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <location filename="../../ui/views/response_form.py" line="35"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="37"/>
        <source>Why this item does not apply to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="43"/>
        <source>Who is accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="45"/>
        <location filename="../../ui/views/response_form.py" line="77"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="49"/>
        <source>What is missing between today and ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="51"/>
        <source>Anything else worth keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="59"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="60"/>
        <source>N/A &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="61"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="62"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="63"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="66"/>
        <source>&amp;Gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="67"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="72"/>
        <source>Readiness level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="72"/>
        <source>0 not started to 4 ready, or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="73"/>
        <source>Not applicable reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="73"/>
        <source>Why the item does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="74"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="74"/>
        <source>How urgent closing the gap is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="75"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="75"/>
        <source>The person accountable for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="76"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="76"/>
        <source>When the item should be ready; Delete clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="77"/>
        <source>Flag the answer for another look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="78"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="78"/>
        <location filename="../../ui/views/response_form.py" line="79"/>
        <source>Saved when you leave the field or pause typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="79"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="120"/>
        <source>Review note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="135"/>
        <source>Mark not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="138"/>
        <source>Set level to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="146"/>
        <source>Edit not-applicable reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="147"/>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="148"/>
        <source>Set owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="149"/>
        <source>Set due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="150"/>
        <source>Change needs-review flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="151"/>
        <source>Edit gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/response_form.py" line="152"/>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewBox</name>
    <message>
        <location filename="../../ui/views/item_editor.py" line="38"/>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="39"/>
        <source>&amp;Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="40"/>
        <source>You have checked the answer against the new item; clears the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="47"/>
        <source>the answer was flagged for another look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/item_editor.py" line="48"/>
        <source>Needs review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotTableModel</name>
    <message>
        <location filename="../../ui/models/snapshots.py" line="46"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="46"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="46"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/snapshots.py" line="46"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="58"/>
        <location filename="../../ui/dialogs/snapshots.py" line="62"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="63"/>
        <source>Items that moved since the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="64"/>
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
        <location filename="../../ui/dialogs/snapshots.py" line="79"/>
        <source>Compare with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="80"/>
        <source>Readiness when the assessment was migrated, and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="139"/>
        <source>Since “%1”: %2 item(s) moved up, %3 moved down, %4 other change(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snapshots.py" line="166"/>
        <source>Since the move from “%1”: readiness %2 then, %3 now; %4 item(s) moved up, %5 down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="131"/>
        <source>What applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="135"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="135"/>
        <source>Why it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="139"/>
        <source>Items that do not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="140"/>
        <source>You can mark any item applicable again later in the item editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_assessment.py" line="151"/>
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
        <location filename="../../ui/dialogs/workspace_error.py" line="46"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="50"/>
        <source>The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="52"/>
        <source>Backups of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="60"/>
        <source>&amp;Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="61"/>
        <source>&amp;Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="64"/>
        <source>The current file is kept beside the workspace; the backup is copied in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="66"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="77"/>
        <source>Backups found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="79"/>
        <source>No backups of this workspace were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="90"/>
        <source>Open or create a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/workspace_error.py" line="92"/>
        <source>Workspaces (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../ui/commands.py" line="110"/>
        <source>Add action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="141"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="160"/>
        <source>Remove action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands.py" line="189"/>
        <source>Import returned plan (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="49"/>
        <source>About Trade Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="141"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="60"/>
        <source>Move to new framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/migration_preview.py" line="60"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="86"/>
        <source>Export action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="86"/>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="100"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/plan_dialogs.py" line="100"/>
        <source>Import returned plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
