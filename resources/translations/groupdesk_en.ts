<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityEntry</name>
    <message>
        <source>created the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>created the group with %n property(s)</source>
        <translation>
            <numerusform>created the group with %n property</numerusform>
            <numerusform>created the group with %n properties</numerusform>
        </translation>
    </message>
    <message>
        <source>removed %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPropertyDialog</name>
    <message>
        <source>Enter a property name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group already has a property called &quot;%1&quot;; edit it in the table instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Enterprise, 42, true, {&quot;a&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered with a web page instead of data (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the PostHog server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostHog server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send the API key over an insecure or foreign address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal API key was rejected. Check the key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal API key lacks a required scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog does not allow this change with a personal API key; make it in the PostHog web app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog&apos;s rate limit was reached; try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog&apos;s rate limit was reached; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostHog server had an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog saved the change but failed to send its $groupidentify event (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another address (%1); the API key was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request too often or in an unsupported way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a private certificate authority, add its CA file to the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page instead of data; check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostHog session has expired; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostHog session has ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it was garbled or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppRestarter</name>
    <message>
        <source>Change language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GroupDesk shows the new language after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now? Changes still being saved are asked about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GroupDesk could not start again (%1). The new language is used at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseWorkspace</name>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkSelectionActions</name>
    <message numerus="yes">
        <source>Set property on %n selected group(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove property from %n selected group(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for %1 (JSON such as 42, true or {&quot;a&quot;:1} is sent as JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog cannot store a null value; remove the property instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>set %1 on %n selected group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>remove %1 from %n selected group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionFailurePage</name>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GroupDesk cannot reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key has no access to project %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is running and the address in the connection settings is right, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address (https://) and, for a private certificate authority, the CA file in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a personal API key in PostHog (Settings → Personal API keys) and enter it in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project this key may read in the connection settings, or widen the key&apos;s projects in PostHog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the numeric project id from the PostHog web app&apos;s URL (/project/&lt;id&gt;) in the connection settings, or use @current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in a moment; if it keeps failing, check the server&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in to PostHog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostHog sign-in to %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has no personal API key, so it works through your PostHog sign-in. Sign in again, or add a personal API key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a sign-in or an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has neither a personal API key nor a PostHog sign-in. Sign in, or add a personal API key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your PostHog server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project id must be a positive number or @current.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>This key cannot read the project (scope project:read), so GroupDesk works in PostHog&apos;s current project: the one last opened in the PostHog web app. Enter the numeric project id in the connection settings to pin it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>app.posthog.com is PostHog&apos;s retired address; choose PostHog Cloud US (us.posthog.com) or EU (eu.posthog.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only receives events; for groups and metrics use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a personal API key (phx_…) in PostHog under Settings &gt; Personal API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a project API key (phc_…), which can only send events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a project secret key (phs_…), which PostHog does not accept for groups and metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an OAuth access token (pha_…), not a personal API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDetailDashboardCommand</name>
    <message>
        <source>Create detail dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateGroupCommand</name>
    <message>
        <source>Create group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateMetricCommand</name>
    <message>
        <source>Create usage metric %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultColumnsEditor</name>
    <message>
        <source>Column to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteGroupTypeCommand</name>
    <message>
        <source>Delete group type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteGroupTypeDialog</name>
    <message>
        <source>Delete group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete the group type “%1” (index %2)?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This cannot be undone. PostHog removes the type together with all of its groups and their properties, usage metrics and names. Events already captured keep their &lt;tt&gt;$groups&lt;/tt&gt; value, but they no longer belong to a group you can browse, and the index may later be reused by a new type.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the code name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the group type&apos;s code name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code name %1 exactly to delete, or press Escape to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteMetricCommand</name>
    <message>
        <source>Delete usage metric %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditService</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set property %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove property %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change usage metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set default columns of group type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group type %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the edit finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the personal API key in PostHog (Settings → Personal API keys) and add the missing scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this in the PostHog web app; everything else keeps working here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPropertiesModel</name>
    <message>
        <source>%1 (%2 event property)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDetailPane</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View/edit JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy group key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View or edit property as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the failed edit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related people and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading related people and groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people or groups share events with this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related people and groups could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to this group have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the property &quot;%1&quot; of %2? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the property &quot;%1&quot; of %2? Its value is empty (null), and PostHog cannot set a property back to null, so this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage metric values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupFilterBar</name>
    <message>
        <source>Add filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group property to filter on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: query API (sorting, filters and counts on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: REST list. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 group matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPropertiesModel</name>
    <message>
        <source>A property needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group already has a property named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no property named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON object, e.g. {&quot;a&quot;: 1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a JSON array, e.g. [1, 2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog cannot store an empty (null) value in %1; delete the property instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPropertyFilter</name>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no value: write &quot;%2 %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition: write PROPERTY OPERATOR VALUE with an operator among = != ~ !~ &gt; &lt; &gt;= &lt;= set unset (e.g. &quot;seats &gt; 50&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter needs a property name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter on &quot;%1&quot; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 needs a number, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTypeItemDelegate</name>
    <message>
        <source>%1 · index %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTypeMetadataDialog</name>
    <message>
        <source>Edit group type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a detail &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog does not let personal API keys change group type settings (names, default columns and the detail dashboard), so nothing was saved. Your input is kept. Make this change in PostHog&apos;s web app under Project settings &gt; Groups while logged in, or connect with a session instead of a personal API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Singular name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singular name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plural name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plural name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property columns of this type&apos;s groups table, here and on PostHog&apos;s groups page. Name, key and first seen are always shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail dashboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create detail dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property suggestions problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property names could not be loaded: %1 You can still type a property&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTypeSidebar</name>
    <message>
        <source>Group types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTypesModel</name>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singular name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plural name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in PostHog as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTypesPanel</name>
    <message>
        <source>Group types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group type metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload group types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Group Type Metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Group Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Group Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading group types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 group types used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail dashboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the detail dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the first page again instead of the next one; stopped loading so no group is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing the REST list (the query API is switched off).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsQueryResult</name>
    <message>
        <source>the query answer has no results list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query result row is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsTablePanel</name>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups (name, properties or exact key)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose property columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide property columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every remaining page (needed for sorting or exporting everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the failed page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group type on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded. Loading stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded, more on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No properties loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded of %2 matching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GroupDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GroupDesk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for PostHog group analytics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GroupDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the unfinished import of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV or TSV file, or paste a table copied from a spreadsheet. The first row names the columns; one column holds the group key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV or TSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a table from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key,plan,seats
org:1,pro,12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the property as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an empty cell means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;empty cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the unfinished import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the group key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;key column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each other column writes one property. Rename it, change how its values are typed, or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by key, property or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed writes and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has a header row but no groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1: %2 to create, %3 to update, %4 unchanged, %5 invalid. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n write(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 writes done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 The journal keeps what was done; resume it when the problem is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 writes. Open the import again to resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo finished: %1 of %2 writes done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: %1 of %2 writes done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) failed; the reasons are listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PostHog cannot delete groups, so the %n group(s) the import created stay: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore the %n value(s) this import changed and remove the properties it added?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n group(s) it created stay (PostHog cannot delete groups).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows that create a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows that update a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonEditorDialog</name>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter exactly one JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No keychain service is available, so the API key cannot be stored safely. Start a Secret Service provider (for example GNOME Keyring or KWallet) to have it remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GroupDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Use File → New connection… to connect to PostHog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete property…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag of the connection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for &quot;%1&quot; yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GroupDesk will ask for the key at each start and keep it in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in memory until GroupDesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its API key is deleted from the system keychain and its window layout is forgotten. Nothing changes on the PostHog server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog is limiting the request rate; continuing in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 groups to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only loaded groups were exported; use Load all first for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>PostHog allows each API key 4800 requests an hour; the next requests go out in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current project (not pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when GroupDesk starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still being saved to PostHog. Close anyway and lose them?</source>
        <translation>
            <numerusform>%n change is still being saved to PostHog. Close anyway and lose it?</numerusform>
            <numerusform>%n changes are still being saved to PostHog. Close anyway and lose them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GroupDesk has neither a personal API key nor a PostHog sign-in for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to PostHog as in its web app, or enter a personal API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In to PostHog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostHog sign-in to %1 has ended. Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 to connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>Edit usage metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New usage metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters JSON is not valid; fix it or use the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the metric: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom interval in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calculation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property to sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (kept as it is)</source>
        <translation>
            <numerusform>%n day (kept as it is)</numerusform>
            <numerusform>%n days (kept as it is)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interval: %n day(s) is kept as it is; this editor offers 0 days or more. Choose another interval to change it.</source>
        <translation>
            <numerusform>Interval: %n day is kept as it is; this editor offers 0 days or more. Choose another interval to change it.</numerusform>
            <numerusform>Interval: %n days are kept as they are; this editor offers 0 days or more. Choose another interval to change it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (kept as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is kept as it is; this version of GroupDesk does not know it. Choose another value to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the property to sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the data-warehouse table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums a column of the data-warehouse table named under Source below. Type the column&apos;s name; GroupDesk cannot list a table&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums a column of the data-warehouse table &quot;%1&quot;. Type the column&apos;s name as it is in that table; GroupDesk cannot list a table&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event property, e.g. amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event property suggestions could not be loaded: %1 You can still type the property&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums an event property of the metric&apos;s events. %1 of %2 event properties shown; type to narrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums an event property of the metric&apos;s events. No event property matches &quot;%1&quot;; the name is kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums an event property of the metric&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricFiltersForm</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. $pageview, invoice paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event names, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter out &amp;test accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter out test accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timesta&amp;mp field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: filters as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at character %2); the form keeps the last valid filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters must be a JSON object { … }.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricItemDelegate</name>
    <message>
        <source>Interval in days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A usage metric named “%1” already exists for this group type; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostHogClient</name>
    <message>
        <source>The CA certificate file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid PostHog server address is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain http:// to %1. Use https://, or allow insecure HTTP in this connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal API key is set for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a page link that is not a PostHog API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group activity access could not be checked because no group was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer does not have the expected shape (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked (scope %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In PostHog, open Settings &gt; Personal API keys and give this key the missing scopes (%1), or create a key that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A property needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog cannot store an empty (null) value in &quot;%1&quot;; delete the property instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the query does not have the expected shape (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is still calculating the query; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group was saved, but PostHog has no group type at index %1, so it sent no $groupidentify event for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog Cloud US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog Cloud EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to project &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups (group:read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage metrics (usage_metric:read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group activity (activity_log:read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write scopes (group:write, usage_metric:write) cannot be checked without writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://posthog.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, or @current for the key&apos;s current project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http:// (only for a trusted private network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colo&amp;ur tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phx_… (stored in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project details (project:read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property suggestions (property_definition:read)</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign &amp;in to PostHog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your PostHog account instead of (or beside) a personal API key. Renaming group types, default columns and detail dashboards need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a personal API key, or sign in to PostHog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to PostHog as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to PostHog as %1. Without a personal API key, GroupDesk uses this sign-in for every request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyDefinitionsModel</name>
    <message numerus="yes">
        <source>%1: used by %n group(s)</source>
        <translation>
            <numerusform>%1: used by %n group</numerusform>
            <numerusform>%1: used by %n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertyFiltersEditor</name>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event property filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add property filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filt&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove property filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyValueDelegate</name>
    <message>
        <source>(saving…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyValuesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryAccess</name>
    <message>
        <source>Sorting, filters and counts on the server need the &quot;query:read&quot; scope on this API key; browsing the REST list (newest first) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PostHog server has no query API (it is older); browsing the REST list (newest first) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the groups query (%1); browsing the REST list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups query failed (%1); browsing the REST list for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedActorsModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (type %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name / id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameGroupTypeCommand</name>
    <message>
        <source>Rename group type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Sign &amp;in to PostHog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out of PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostHog web session lets GroupDesk rename group types and set default columns and dashboards, which personal API keys may not do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog session expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog did not confirm the sign-out (%1); GroupDesk forgot the session anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a PostHog sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostHog session ended while saving “%1”; the change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSignIn</name>
    <message>
        <source>This account must sign in through single sign-on. Use &quot;Sign in with browser&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account must sign in through single sign-on (%1). Use &quot;Sign in with browser&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s email address is not verified yet. Open the verification link PostHog emailed you, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. Enter the current code from your authenticator app, or a backup code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in attempt expired before the code arrived. Enter your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Please try again in 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in link is invalid, already used or expired. Sign in again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address, the password and (when asked) the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong email or password. Your organization also signs in with SAML single sign-on: if that is how you log in to PostHog, use &quot;Sign in with browser&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account confirms sign-in with a passkey, which only a browser can use. Use &quot;Sign in with browser&quot;, or enter one of your backup codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSignInDialog</name>
    <message>
        <source>Sign in to PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456 or a backup code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emailed &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in link from the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/login/verify?email=…&amp;token=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming group types, default columns and detail dashboards need a PostHog sign-in (%1): personal API keys may not make these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Google, GitHub or SAML sign-in and passkeys: PostHog&apos;s own login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog emailed a sign-in link to %1. Paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetDefaultColumnsCommand</name>
    <message>
        <source>Set default columns of group type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetGroupPropertyCommand</name>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next or previous part of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move inside a table or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a group: move into its properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the edit of a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateMetricCommand</name>
    <message>
        <source>Change usage metric %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageMetric</name>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid format (numeric or currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid display (number or sparkline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data warehouse metrics need a non-empty %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid math (count or sum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The property must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the property to sum: a sum needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count takes no property: clear it, or calculate a sum instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparkline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of a property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data warehouse table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageMetricPreview</name>
    <message>
        <source>&amp;Show values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for gr&amp;oup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group key, e.g. org:42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview group key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show usage metric values for the preview group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage metric values of the preview group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved metric preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”: %2 for %3 (previous period %4, change %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a group key to see each metric&apos;s value for that group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating usage metric values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating “%1” for %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group type has no usage metrics yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageMetricValuesModel</name>
    <message numerus="yes">
        <source>%1 over the last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageMetricsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summed property</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageMetricsPanel</name>
    <message>
        <source>Usage metrics appear on every group&apos;s page. Double-click a cell to change it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New usage metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit usage metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate usage metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete usage metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Usage Metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Usage Metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Usage Metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Usage Metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Usage Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading usage metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage metrics yet. Use New… to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage metrics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the usage metric “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebLinkButtons</name>
    <message>
        <source>Open in PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in PostHog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the PostHog web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the PostHog web address of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
