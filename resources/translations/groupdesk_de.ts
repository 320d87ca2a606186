<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityEntry</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>created the group</source>
        <translation>hat die Gruppe angelegt</translation>
    </message>
    <message>
        <source>set %1 to %2</source>
        <translation>hat %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>changed %1 from %2 to %3</source>
        <translation>hat %1 von %2 auf %3 geändert</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>hat %1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>created the group with %n property(s)</source>
        <translation>
            <numerusform>hat die Gruppe mit %n Eigenschaft erstellt</numerusform>
            <numerusform>hat die Gruppe mit %n Eigenschaften erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>removed %1 (was %2)</source>
        <translation>hat %1 entfernt (war %2)</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>AddPropertyDialog</name>
    <message>
        <source>Add property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Name der Eigenschaft</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>Werttyp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Wahr/falsch</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Property value</source>
        <translation>Wert der Eigenschaft</translation>
    </message>
    <message>
        <source>e.g. Enterprise, 42, true, {&quot;a&quot;: 1}</source>
        <translation>z. B. Enterprise, 42, true, {&quot;a&quot;: 1}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Enter a property name.</source>
        <translation>Geben Sie einen Namen für die Eigenschaft ein.</translation>
    </message>
    <message>
        <source>The group already has a property called &quot;%1&quot;; edit it in the table instead.</source>
        <translation>Die Gruppe hat bereits eine Eigenschaft „%1“; bearbeiten Sie sie stattdessen in der Tabelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Enter true or false.</source>
        <translation>Geben Sie true oder false ein.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered with a web page instead of data (HTTP %1).</source>
        <translation>Der Server hat mit einer Webseite statt mit Daten geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>PostHog saved the change but failed to send its $groupidentify event (%1).</source>
        <translation>PostHog hat die Änderung gespeichert, aber das zugehörige $groupidentify-Ereignis nicht senden können (%1).</translation>
    </message>
    <message>
        <source>Could not reach the PostHog server.</source>
        <translation>Der PostHog-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The PostHog server did not answer in time.</source>
        <translation>Der PostHog-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: Das Zertifikat des Servers wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Refused to send the API key over an insecure or foreign address.</source>
        <translation>Der API-Schlüssel wird nicht an eine unsichere oder fremde Adresse gesendet.</translation>
    </message>
    <message>
        <source>The personal API key was rejected. Check the key in the connection settings.</source>
        <translation>Der persönliche API-Schlüssel wurde abgelehnt. Prüfen Sie den Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The personal API key lacks a required scope.</source>
        <translation>Dem persönlichen API-Schlüssel fehlt eine benötigte Berechtigung (Scope).</translation>
    </message>
    <message>
        <source>PostHog does not allow this change with a personal API key; make it in the PostHog web app.</source>
        <translation>PostHog erlaubt diese Änderung nicht mit einem persönlichen API-Schlüssel; nehmen Sie sie in der PostHog-Web-App vor.</translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>PostHog&apos;s rate limit was reached; try again in %1 seconds.</source>
        <translation>Das Anfragelimit von PostHog ist erreicht; versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>PostHog&apos;s rate limit was reached; try again later.</source>
        <translation>Das Anfragelimit von PostHog ist erreicht; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The PostHog server had an error (HTTP %1).</source>
        <translation>Beim PostHog-Server ist ein Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The server redirected to another address (%1); the API key was not sent there.</source>
        <translation>Der Server hat auf eine andere Adresse umgeleitet (%1); der API-Schlüssel wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The server redirected the request too often or in an unsupported way.</source>
        <translation>Der Server hat die Anfrage zu oft oder auf nicht unterstützte Weise umgeleitet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a private certificate authority, add its CA file to the connection profile.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Verwendet der Server eine private Zertifizierungsstelle, fügen Sie deren CA-Datei zum Verbindungsprofil hinzu.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off.</source>
        <translation>Die Antwort des Servers wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server sent no HTTP status.</source>
        <translation>Der Server hat keinen HTTP-Status gesendet.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of data; check the server address.</source>
        <translation>Der Server hat mit einer Webseite statt mit Daten geantwortet; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>Your PostHog session has expired; sign in again.</source>
        <translation>Ihre PostHog-Sitzung ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server redirected the request unexpectedly.</source>
        <translation>Der Server hat die Anfrage unerwartet umgeleitet.</translation>
    </message>
    <message>
        <source>Your PostHog session has ended; sign in again.</source>
        <translation>Ihre PostHog-Sitzung wurde beendet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: it was garbled or incomplete.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: Sie war verstümmelt oder unvollständig.</translation>
    </message>
</context>
<context>
    <name>AppRestarter</name>
    <message>
        <source>Change language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>GroupDesk shows the new language after a restart.</source>
        <translation>GroupDesk zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>Restart now? Changes still being saved are asked about first.</source>
        <translation>Jetzt neu starten? Nach Änderungen, die noch gespeichert werden, wird vorher gefragt.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Restart later</source>
        <translation>Später neu starten</translation>
    </message>
    <message>
        <source>Restart failed</source>
        <translation>Neustart fehlgeschlagen</translation>
    </message>
    <message>
        <source>GroupDesk could not start again (%1). The new language is used at the next start.</source>
        <translation>GroupDesk konnte nicht neu gestartet werden (%1). Die neue Sprache gilt beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>BrowseWorkspace</name>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Group &amp;types</source>
        <translation>Gruppen&amp;typen</translation>
    </message>
    <message>
        <source>&amp;Usage metrics</source>
        <translation>N&amp;utzungsmetriken</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>BulkSelectionActions</name>
    <message numerus="yes">
        <source>Set property on %n selected group(s)…</source>
        <translation>
            <numerusform>Eigenschaft für %n ausgewählte Gruppe setzen…</numerusform>
            <numerusform>Eigenschaft für %n ausgewählte Gruppen setzen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove property from %n selected group(s)…</source>
        <translation>
            <numerusform>Eigenschaft von %n ausgewählter Gruppe entfernen…</numerusform>
            <numerusform>Eigenschaft von %n ausgewählten Gruppen entfernen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Set property</source>
        <translation>Eigenschaft setzen</translation>
    </message>
    <message>
        <source>Property name:</source>
        <translation>Name der Eigenschaft:</translation>
    </message>
    <message>
        <source>Value for %1 (JSON such as 42, true or {&quot;a&quot;:1} is sent as JSON):</source>
        <translation>Wert für %1 (JSON wie 42, true oder {&quot;a&quot;:1} wird als JSON gesendet):</translation>
    </message>
    <message>
        <source>PostHog cannot store a null value; remove the property instead.</source>
        <translation>PostHog kann keinen leeren Wert (null) speichern; entfernen Sie stattdessen die Eigenschaft.</translation>
    </message>
    <message numerus="yes">
        <source>set %1 on %n selected group(s)</source>
        <translation>
            <numerusform>%1 für %n ausgewählte Gruppe gesetzt</numerusform>
            <numerusform>%1 für %n ausgewählte Gruppen gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Eigenschaft entfernen</translation>
    </message>
    <message numerus="yes">
        <source>remove %1 from %n selected group(s)</source>
        <translation>
            <numerusform>%1 von %n ausgewählter Gruppe entfernt</numerusform>
            <numerusform>%1 von %n ausgewählten Gruppen entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionFailurePage</name>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>Verbindungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Retry the connection</source>
        <translation>Verbindung erneut versuchen</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>GroupDesk cannot reach %1.</source>
        <translation>GroupDesk kann %1 nicht erreichen.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure.</source>
        <translation>Die Verbindung zu %1 ist nicht sicher.</translation>
    </message>
    <message>
        <source>%1 did not accept the API key.</source>
        <translation>%1 hat den API-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The API key has no access to project %1 on %2.</source>
        <translation>Der API-Schlüssel hat keinen Zugriff auf Projekt %1 auf %2.</translation>
    </message>
    <message>
        <source>%1 has no project %2.</source>
        <translation>%1 hat kein Projekt %2.</translation>
    </message>
    <message>
        <source>Connecting to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that the server is running and the address in the connection settings is right, then retry.</source>
        <translation>Prüfen Sie, ob der Server läuft und die Adresse in den Verbindungseinstellungen stimmt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the server address (https://) and, for a private certificate authority, the CA file in the connection settings.</source>
        <translation>Prüfen Sie die Serveradresse (https://) und bei einer privaten Zertifizierungsstelle die CA-Datei in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Create a personal API key in PostHog (Settings → Personal API keys) and enter it in the connection settings.</source>
        <translation>Erstellen Sie in PostHog einen persönlichen API-Schlüssel (Settings → Personal API keys) und tragen Sie ihn in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>Choose a project this key may read in the connection settings, or widen the key&apos;s projects in PostHog.</source>
        <translation>Wählen Sie in den Verbindungseinstellungen ein Projekt, das dieser Schlüssel lesen darf, oder erweitern Sie die Projekte des Schlüssels in PostHog.</translation>
    </message>
    <message>
        <source>Enter the numeric project id from the PostHog web app&apos;s URL (/project/&lt;id&gt;) in the connection settings, or use @current.</source>
        <translation>Tragen Sie die numerische Projekt-ID aus der URL der PostHog-Web-App (/project/&lt;id&gt;) in den Verbindungseinstellungen ein, oder verwenden Sie @current.</translation>
    </message>
    <message>
        <source>Retry in a moment; if it keeps failing, check the server&apos;s status.</source>
        <translation>Versuchen Sie es gleich noch einmal; schlägt es weiter fehl, prüfen Sie den Zustand des Servers.</translation>
    </message>
    <message>
        <source>Sign &amp;in to PostHog…</source>
        <translation>Bei PostHog &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign in to PostHog</source>
        <translation>Bei PostHog anmelden</translation>
    </message>
    <message>
        <source>Your PostHog sign-in to %1 has ended.</source>
        <translation>Ihre PostHog-Anmeldung bei %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>This connection has no personal API key, so it works through your PostHog sign-in. Sign in again, or add a personal API key in the connection settings.</source>
        <translation>Diese Verbindung hat keinen persönlichen API-Schlüssel und arbeitet daher über Ihre PostHog-Anmeldung. Melden Sie sich erneut an oder tragen Sie in den Verbindungseinstellungen einen persönlichen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>%1 needs a sign-in or an API key.</source>
        <translation>%1 verlangt eine Anmeldung oder einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>This connection has neither a personal API key nor a PostHog sign-in. Sign in, or add a personal API key in the connection settings.</source>
        <translation>Diese Verbindung hat weder einen persönlichen API-Schlüssel noch eine PostHog-Anmeldung. Melden Sie sich an oder tragen Sie in den Verbindungseinstellungen einen persönlichen API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile has no id.</source>
        <translation>Das Profil hat keine ID.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Enter the address of your PostHog server.</source>
        <translation>Geben Sie die Adresse Ihres PostHog-Servers ein.</translation>
    </message>
    <message>
        <source>The server address is not a valid http:// or https:// URL.</source>
        <translation>Die Serveradresse ist keine gültige http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The project id must be a positive number or @current.</source>
        <translation>Die Projekt-ID muss eine positive Zahl oder @current sein.</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>This key cannot read the project (scope project:read), so GroupDesk works in PostHog&apos;s current project: the one last opened in the PostHog web app. Enter the numeric project id in the connection settings to pin it.</source>
        <translation>Dieser Schlüssel kann das Projekt nicht lesen (Scope project:read), daher arbeitet GroupDesk im aktuellen Projekt von PostHog: dem zuletzt in der PostHog-Web-App geöffneten. Tragen Sie die numerische Projekt-ID in den Verbindungseinstellungen ein, um es festzulegen.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>app.posthog.com is PostHog&apos;s retired address; choose PostHog Cloud US (us.posthog.com) or EU (eu.posthog.com).</source>
        <translation>app.posthog.com ist eine nicht mehr verwendete Adresse von PostHog; wählen Sie PostHog Cloud US (us.posthog.com) oder EU (eu.posthog.com).</translation>
    </message>
    <message>
        <source>%1 only receives events; for groups and metrics use %2.</source>
        <translation>%1 nimmt nur Ereignisse entgegen; für Gruppen und Metriken verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Create a personal API key (phx_…) in PostHog under Settings &gt; Personal API keys.</source>
        <translation>Erstellen Sie in PostHog unter Settings &gt; Personal API keys einen persönlichen API-Schlüssel (phx_…).</translation>
    </message>
    <message>
        <source>This is a project API key (phc_…), which can only send events.</source>
        <translation>Dies ist ein Projekt-API-Schlüssel (phc_…), der nur Ereignisse senden kann.</translation>
    </message>
    <message>
        <source>This is a project secret key (phs_…), which PostHog does not accept for groups and metrics.</source>
        <translation>Dies ist ein geheimer Projektschlüssel (phs_…), den PostHog für Gruppen und Metriken nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This is an OAuth access token (pha_…), not a personal API key.</source>
        <translation>Dies ist ein OAuth-Zugriffstoken (pha_…), kein persönlicher API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>CreateDetailDashboardCommand</name>
    <message>
        <source>Create detail dashboard</source>
        <translation>Detail-Dashboard erstellen</translation>
    </message>
</context>
<context>
    <name>CreateGroupCommand</name>
    <message>
        <source>Create group %1</source>
        <translation>Gruppe %1 erstellen</translation>
    </message>
</context>
<context>
    <name>CreateMetricCommand</name>
    <message>
        <source>Create usage metric %1</source>
        <translation>Nutzungsmetrik %1 erstellen</translation>
    </message>
</context>
<context>
    <name>DefaultColumnsEditor</name>
    <message>
        <source>Column to add</source>
        <translation>Hinzuzufügende Spalte</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Name der Eigenschaft</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move column up</source>
        <translation>Spalte nach oben verschieben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move column down</source>
        <translation>Spalte nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>DeleteGroupTypeCommand</name>
    <message>
        <source>Delete group type %1</source>
        <translation>Gruppentyp %1 löschen</translation>
    </message>
</context>
<context>
    <name>DeleteGroupTypeDialog</name>
    <message>
        <source>Delete group type</source>
        <translation>Gruppentyp löschen</translation>
    </message>
    <message>
        <source>Type the group type&apos;s code name to confirm</source>
        <translation>Zur Bestätigung den Codenamen des Gruppentyps eingeben</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete the group type “%1” (index %2)?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This cannot be undone. PostHog removes the type together with all of its groups and their properties, usage metrics and names. Events already captured keep their &lt;tt&gt;$groups&lt;/tt&gt; value, but they no longer belong to a group you can browse, and the index may later be reused by a new type.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Den Gruppentyp „%1“ (Index %2) löschen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Das lässt sich nicht rückgängig machen. PostHog entfernt den Typ mit allen seinen Gruppen und deren Eigenschaften, Nutzungsmetriken und Namen. Bereits erfasste Ereignisse behalten ihren &lt;tt&gt;$groups&lt;/tt&gt;-Wert, gehören aber zu keiner Gruppe mehr, die Sie durchsuchen können, und der Index kann später von einem neuen Typ wiederverwendet werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>To confirm, type the code name &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung den Codenamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>&amp;Delete group type</source>
        <translation>Gruppentyp &amp;löschen</translation>
    </message>
    <message>
        <source>Type the code name %1 exactly to delete, or press Escape to cancel.</source>
        <translation>Geben Sie den Codenamen %1 genau so ein, um zu löschen, oder drücken Sie Escape zum Abbrechen.</translation>
    </message>
</context>
<context>
    <name>DeleteMetricCommand</name>
    <message>
        <source>Delete usage metric %1</source>
        <translation>Nutzungsmetrik %1 löschen</translation>
    </message>
</context>
<context>
    <name>EditService</name>
    <message>
        <source>The connection was closed before the edit finished.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Änderung abgeschlossen war.</translation>
    </message>
    <message>
        <source>Rename group type %1</source>
        <translation>Gruppentyp %1 umbenennen</translation>
    </message>
    <message>
        <source>Set property %1 of %2</source>
        <translation>Eigenschaft %1 von %2 setzen</translation>
    </message>
    <message>
        <source>Remove property %1 of %2</source>
        <translation>Eigenschaft %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Change usage metric</source>
        <translation>Nutzungsmetrik ändern</translation>
    </message>
    <message>
        <source>Set default columns of group type %1</source>
        <translation>Standardspalten des Gruppentyps %1 festlegen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Group type %1 does not exist.</source>
        <translation>Gruppentyp %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Error action</source>
        <translation>Aktion zum Fehler</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fehler ausblenden</translation>
    </message>
    <message>
        <source>Edit the personal API key in PostHog (Settings → Personal API keys) and add the missing scope.</source>
        <translation>Bearbeiten Sie den persönlichen API-Schlüssel in PostHog (Settings → Personal API keys) und fügen Sie die fehlende Berechtigung hinzu.</translation>
    </message>
    <message>
        <source>Do this in the PostHog web app; everything else keeps working here.</source>
        <translation>Erledigen Sie das in der PostHog-Web-App; alles andere funktioniert hier weiter.</translation>
    </message>
    <message>
        <source>Check the API key in the connection settings.</source>
        <translation>Prüfen Sie den API-Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Verbindungseinstellungen…</translation>
    </message>
</context>
<context>
    <name>EventPropertiesModel</name>
    <message>
        <source>%1 (%2 event property)</source>
        <translation>%1 (Ereigniseigenschaft, %2)</translation>
    </message>
</context>
<context>
    <name>GroupDetailPane</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>View/edit JSON…</source>
        <translation>JSON ansehen/bearbeiten…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Group key</source>
        <translation>Gruppenschlüssel</translation>
    </message>
    <message>
        <source>Copy group key</source>
        <translation>Gruppenschlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Den Schlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Zuerst gesehen:</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Add property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Delete property</source>
        <translation>Eigenschaft löschen</translation>
    </message>
    <message>
        <source>View or edit property as JSON</source>
        <translation>Eigenschaft als JSON ansehen oder bearbeiten</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>Problem beim Bearbeiten</translation>
    </message>
    <message>
        <source>Try the failed edit again</source>
        <translation>Die fehlgeschlagene Änderung erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Related people and groups</source>
        <translation>Verbundene Personen und Gruppen</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>&amp;Verbunden</translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation>Aktivitätsverlauf</translation>
    </message>
    <message>
        <source>A&amp;ctivity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>Group details</source>
        <translation>Gruppendetails</translation>
    </message>
    <message>
        <source>Loading related people and groups…</source>
        <translation>Verbundene Personen und Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>No people or groups share events with this group.</source>
        <translation>Keine Personen oder Gruppen teilen Ereignisse mit dieser Gruppe.</translation>
    </message>
    <message>
        <source>Related people and groups could not be loaded: %1</source>
        <translation>Verbundene Personen und Gruppen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading activity…</source>
        <translation>Aktivität wird geladen…</translation>
    </message>
    <message>
        <source>No changes to this group have been recorded.</source>
        <translation>Für diese Gruppe wurden keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>The activity could not be loaded: %1</source>
        <translation>Die Aktivität konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>Keine Gruppe ausgewählt</translation>
    </message>
    <message>
        <source>Delete the property &quot;%1&quot; of %2? You can undo this with Ctrl+Z.</source>
        <translation>Die Eigenschaft „%1“ von %2 löschen? Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot;</source>
        <translation>Eigenschaft „%1“</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Your value: %1</source>
        <translation>Ihr Wert: %1</translation>
    </message>
    <message>
        <source>this group</source>
        <translation>diese Gruppe</translation>
    </message>
    <message>
        <source>Usage metric values</source>
        <translation>Werte der Nutzungsmetriken</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>Delete the property &quot;%1&quot; of %2? Its value is empty (null), and PostHog cannot set a property back to null, so this cannot be undone.</source>
        <translation>Die Eigenschaft „%1“ von %2 löschen? Ihr Wert ist leer (null), und PostHog kann eine Eigenschaft nicht wieder auf null setzen; dies kann daher nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>GroupFilterBar</name>
    <message>
        <source>Add filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <source>Filter property</source>
        <translation>Filter-Eigenschaft</translation>
    </message>
    <message>
        <source>Group property to filter on</source>
        <translation>Gruppeneigenschaft, nach der gefiltert wird</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Filter property name</source>
        <translation>Name der Filter-Eigenschaft</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>Filter-Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Filterwert</translation>
    </message>
    <message>
        <source>Browsing mode</source>
        <translation>Anzeigemodus</translation>
    </message>
    <message>
        <source>Matching groups</source>
        <translation>Passende Gruppen</translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation>Problem mit dem Filter</translation>
    </message>
    <message>
        <source>Remove filter: %1</source>
        <translation>Filter entfernen: %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Mode: query API (sorting, filters and counts on the server).</source>
        <translation>Modus: Abfrage-API (Sortierung, Filter und Zählung auf dem Server).</translation>
    </message>
    <message>
        <source>Mode: REST list. %1</source>
        <translation>Modus: REST-Liste. %1</translation>
    </message>
    <message>
        <source>1 group matches</source>
        <translation>1 Gruppe passt</translation>
    </message>
    <message>
        <source>%1 groups match</source>
        <translation>%1 Gruppen passen</translation>
    </message>
</context>
<context>
    <name>GroupPropertiesModel</name>
    <message>
        <source>A property needs a name.</source>
        <translation>Eine Eigenschaft braucht einen Namen.</translation>
    </message>
    <message>
        <source>The group already has a property named %1.</source>
        <translation>Die Gruppe hat bereits eine Eigenschaft namens %1.</translation>
    </message>
    <message>
        <source>The group has no property named %1.</source>
        <translation>Die Gruppe hat keine Eigenschaft namens %1.</translation>
    </message>
    <message>
        <source>PostHog cannot store an empty (null) value in %1; delete the property instead.</source>
        <translation>PostHog kann in %1 keinen leeren Wert (null) speichern; löschen Sie stattdessen die Eigenschaft.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 is not true or false.</source>
        <translation>%1 ist weder true noch false.</translation>
    </message>
    <message>
        <source>Enter a JSON object, e.g. {&quot;a&quot;: 1}.</source>
        <translation>Geben Sie ein JSON-Objekt ein, z. B. {&quot;a&quot;: 1}.</translation>
    </message>
    <message>
        <source>Enter a JSON array, e.g. [1, 2].</source>
        <translation>Geben Sie ein JSON-Array ein, z. B. [1, 2].</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>GroupPropertyFilter</name>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>ist gesetzt</translation>
    </message>
    <message>
        <source>is not set</source>
        <translation>ist nicht gesetzt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no value: write &quot;%2 %1&quot;.</source>
        <translation>„%1“ nimmt keinen Wert: Schreiben Sie „%2 %1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition: write PROPERTY OPERATOR VALUE with an operator among = != ~ !~ &gt; &lt; &gt;= &lt;= set unset (e.g. &quot;seats &gt; 50&quot;).</source>
        <translation>„%1“ ist keine Bedingung: Schreiben Sie EIGENSCHAFT OPERATOR WERT mit einem der Operatoren = != ~ !~ &gt; &lt; &gt;= &lt;= set unset (z. B. „seats &gt; 50“).</translation>
    </message>
    <message>
        <source>A filter needs a property name.</source>
        <translation>Ein Filter braucht einen Eigenschaftsnamen.</translation>
    </message>
    <message>
        <source>The filter on &quot;%1&quot; needs a value.</source>
        <translation>Der Filter auf „%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 needs a number, not &quot;%3&quot;.</source>
        <translation>„%1“ %2 braucht eine Zahl, nicht „%3“.</translation>
    </message>
    <message>
        <source>The offset must not be negative.</source>
        <translation>Der Versatz darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>GroupTypeItemDelegate</name>
    <message>
        <source>%1 · index %2</source>
        <translation>%1 · Index %2</translation>
    </message>
</context>
<context>
    <name>GroupTypeMetadataDialog</name>
    <message>
        <source>Code name:</source>
        <translation>Codename:</translation>
    </message>
    <message>
        <source>&amp;Singular name:</source>
        <translation>Name im &amp;Singular:</translation>
    </message>
    <message>
        <source>Singular name</source>
        <translation>Name im Singular</translation>
    </message>
    <message>
        <source>&amp;Plural name:</source>
        <translation>Name im &amp;Plural:</translation>
    </message>
    <message>
        <source>Plural name</source>
        <translation>Name im Plural</translation>
    </message>
    <message>
        <source>Default &amp;columns:</source>
        <translation>Standard&amp;spalten:</translation>
    </message>
    <message>
        <source>Property columns of this type&apos;s groups table, here and on PostHog&apos;s groups page. Name, key and first seen are always shown.</source>
        <translation>Eigenschaftsspalten der Gruppentabelle dieses Typs, hier und auf der Gruppenseite von PostHog. Name, Schlüssel und „Zuerst gesehen“ werden immer angezeigt.</translation>
    </message>
    <message>
        <source>Detail dashboard:</source>
        <translation>Detail-Dashboard:</translation>
    </message>
    <message>
        <source>Create detail dashboard</source>
        <translation>Detail-Dashboard erstellen</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <source>Edit group type “%1”</source>
        <translation>Gruppentyp „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation>%1 (Index %2)</translation>
    </message>
    <message>
        <source>Dashboard %1 exists</source>
        <translation>Dashboard %1 existiert</translation>
    </message>
    <message>
        <source>Create a detail &amp;dashboard</source>
        <translation>Ein Detail-&amp;Dashboard erstellen</translation>
    </message>
    <message>
        <source>PostHog does not let personal API keys change group type settings (names, default columns and the detail dashboard), so nothing was saved. Your input is kept. Make this change in PostHog&apos;s web app under Project settings &gt; Groups while logged in, or connect with a session instead of a personal API key.</source>
        <translation>PostHog lässt persönliche API-Schlüssel die Einstellungen von Gruppentypen (Namen, Standardspalten und Detail-Dashboard) nicht ändern, daher wurde nichts gespeichert. Ihre Eingaben bleiben erhalten. Nehmen Sie diese Änderung angemeldet in der PostHog-Web-App unter Project settings &gt; Groups vor, oder verbinden Sie sich mit einer Sitzung statt mit einem persönlichen API-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Property suggestions problem</source>
        <translation>Problem mit den Eigenschaftsvorschlägen</translation>
    </message>
    <message>
        <source>Property names could not be loaded: %1 You can still type a property&apos;s name.</source>
        <translation>Die Eigenschaftsnamen konnten nicht geladen werden: %1 Sie können den Namen einer Eigenschaft trotzdem eingeben.</translation>
    </message>
</context>
<context>
    <name>GroupTypeSidebar</name>
    <message>
        <source>Group types</source>
        <translation>Gruppentypen</translation>
    </message>
</context>
<context>
    <name>GroupTypesModel</name>
    <message>
        <source>Saved in PostHog as: %1</source>
        <translation>In PostHog gespeichert als: %1</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Codename</translation>
    </message>
    <message>
        <source>Singular name</source>
        <translation>Name im Singular</translation>
    </message>
    <message>
        <source>Plural name</source>
        <translation>Name im Plural</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
    <message>
        <source>Detail dashboard</source>
        <translation>Detail-Dashboard</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>GroupTypesPanel</name>
    <message>
        <source>Group types</source>
        <translation>Gruppentypen</translation>
    </message>
    <message>
        <source>Edit &amp;metadata…</source>
        <translation>&amp;Metadaten bearbeiten…</translation>
    </message>
    <message>
        <source>Edit group type metadata</source>
        <translation>Metadaten des Gruppentyps bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete group type</source>
        <translation>Gruppentyp löschen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload group types</source>
        <translation>Gruppentypen neu laden</translation>
    </message>
    <message>
        <source>&amp;Edit Group Type Metadata…</source>
        <translation>Metadaten des Gruppentyps &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Group Type…</source>
        <translation>Gruppentyp &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Reload Group Types</source>
        <translation>Gruppentypen neu &amp;laden</translation>
    </message>
    <message>
        <source>View &amp;metadata…</source>
        <translation>&amp;Metadaten ansehen…</translation>
    </message>
    <message>
        <source>Loading group types…</source>
        <translation>Gruppentypen werden geladen…</translation>
    </message>
    <message>
        <source>%1 of %2 group types used</source>
        <translation>%1 von %2 Gruppentypen belegt</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Detail dashboard:</source>
        <translation>Detail-Dashboard:</translation>
    </message>
    <message>
        <source>the detail dashboard</source>
        <translation>das Detail-Dashboard</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>The server sent the first page again instead of the next one; stopped loading so no group is listed twice.</source>
        <translation>Der Server hat statt der nächsten Seite erneut die erste gesendet; das Laden wurde beendet, damit keine Gruppe doppelt erscheint.</translation>
    </message>
    <message>
        <source>Browsing the REST list (the query API is switched off).</source>
        <translation>Anzeige der REST-Liste (die Abfrage-API ist ausgeschaltet).</translation>
    </message>
</context>
<context>
    <name>GroupsQueryResult</name>
    <message>
        <source>the query answer has no results list</source>
        <translation>die Antwort auf die Abfrage hat keine Ergebnisliste</translation>
    </message>
    <message>
        <source>a query result row is not a list</source>
        <translation>eine Ergebniszeile der Abfrage ist keine Liste</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>GroupsTablePanel</name>
    <message>
        <source>Loading groups…</source>
        <translation>Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Search groups (name, properties or exact key)…</source>
        <translation>Gruppen suchen (Name, Eigenschaften oder genauer Schlüssel)…</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose property columns</source>
        <translation>Eigenschaftsspalten wählen</translation>
    </message>
    <message>
        <source>Show or hide property columns</source>
        <translation>Eigenschaftsspalten ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Loaded groups</source>
        <translation>Geladene Gruppen</translation>
    </message>
    <message>
        <source>Loading indicator</source>
        <translation>Ladeanzeige</translation>
    </message>
    <message>
        <source>Load all groups</source>
        <translation>Alle Gruppen laden</translation>
    </message>
    <message>
        <source>Fetch every remaining page (needed for sorting or exporting everything)</source>
        <translation>Alle restlichen Seiten abrufen (nötig, um alles zu sortieren oder zu exportieren)</translation>
    </message>
    <message>
        <source>Load all progress</source>
        <translation>Fortschritt von „Alle laden“</translation>
    </message>
    <message>
        <source>%v loaded</source>
        <translation>%v geladen</translation>
    </message>
    <message>
        <source>Cancel loading all groups</source>
        <translation>Laden aller Gruppen abbrechen</translation>
    </message>
    <message>
        <source>Load the failed page again</source>
        <translation>Die fehlgeschlagene Seite erneut laden</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 Gruppen</translation>
    </message>
    <message>
        <source>Select a group type on the left.</source>
        <translation>Wählen Sie links einen Gruppentyp.</translation>
    </message>
    <message>
        <source>%1 loaded. Loading stopped: %2</source>
        <translation>%1 geladen. Laden angehalten: %2</translation>
    </message>
    <message>
        <source>%1 loaded, more on the server</source>
        <translation>%1 geladen, weitere auf dem Server</translation>
    </message>
    <message>
        <source>No properties loaded yet</source>
        <translation>Noch keine Eigenschaften geladen</translation>
    </message>
    <message>
        <source>%1 loaded of %2 matching</source>
        <translation>%1 von %2 passenden geladen</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Working in the window</source>
        <translation>&amp;Arbeiten im Fenster</translation>
    </message>
    <message>
        <source>&amp;About GroupDesk</source>
        <translation>Ü&amp;ber GroupDesk</translation>
    </message>
    <message>
        <source>GroupDesk %1</source>
        <translation>GroupDesk %1</translation>
    </message>
    <message>
        <source>A desktop client for PostHog group analytics.</source>
        <translation>Ein Desktop-Client für die Gruppenanalyse von PostHog.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>Working in the window</source>
        <translation>Arbeiten im Fenster</translation>
    </message>
    <message>
        <source>About GroupDesk</source>
        <translation>Über GroupDesk</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation>Gruppen importieren</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation>Import schließen</translation>
    </message>
    <message>
        <source>Resume the unfinished import of %1…</source>
        <translation>Unvollendeten Import von %1 fortsetzen…</translation>
    </message>
    <message>
        <source>Open a CSV or TSV file, or paste a table copied from a spreadsheet. The first row names the columns; one column holds the group key.</source>
        <translation>Öffnen Sie eine CSV- oder TSV-Datei oder fügen Sie eine aus einer Tabellenkalkulation kopierte Tabelle ein. Die erste Zeile benennt die Spalten; eine Spalte enthält den Gruppenschlüssel.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a CSV or TSV file</source>
        <translation>Eine CSV- oder TSV-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>Aus Zwischenablage ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste a table from the clipboard</source>
        <translation>Eine Tabelle aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Table to import</source>
        <translation>Zu importierende Tabelle</translation>
    </message>
    <message>
        <source>key,plan,seats
org:1,pro,12</source>
        <translation>key,plan,seats
org:1,pro,12</translation>
    </message>
    <message>
        <source>Leave the property as it is</source>
        <translation>Eigenschaft unverändert lassen</translation>
    </message>
    <message>
        <source>Remove the property</source>
        <translation>Eigenschaft entfernen</translation>
    </message>
    <message>
        <source>What an empty cell means</source>
        <translation>Bedeutung einer leeren Zelle</translation>
    </message>
    <message>
        <source>An &amp;empty cell:</source>
        <translation>&amp;Leere Zelle:</translation>
    </message>
    <message>
        <source>Resume the unfinished import</source>
        <translation>Unvollendeten Import fortsetzen</translation>
    </message>
    <message>
        <source>Column with the group key</source>
        <translation>Spalte mit dem Gruppenschlüssel</translation>
    </message>
    <message>
        <source>Group &amp;key column:</source>
        <translation>Spalte für Gruppen&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Each other column writes one property. Rename it, change how its values are typed, or skip it.</source>
        <translation>Jede weitere Spalte schreibt eine Eigenschaft. Benennen Sie sie um, ändern Sie den Typ ihrer Werte oder überspringen Sie sie.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Reading current values</source>
        <translation>Aktuelle Werte werden gelesen</translation>
    </message>
    <message>
        <source>Filter by key, property or reason</source>
        <translation>Nach Schlüssel, Eigenschaft oder Grund filtern</translation>
    </message>
    <message>
        <source>Filter the plan</source>
        <translation>Plan filtern</translation>
    </message>
    <message>
        <source>E&amp;xport plan…</source>
        <translation>Plan e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>Plan anwenden</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause or resume the import</source>
        <translation>Import pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Failed writes and why</source>
        <translation>Fehlgeschlagene Schreibvorgänge und Gründe</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry the failed writes</source>
        <translation>Fehlgeschlagene Schreibvorgänge wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>pasted table</source>
        <translation>eingefügte Tabelle</translation>
    </message>
    <message>
        <source>The table has a header row but no groups.</source>
        <translation>Die Tabelle hat eine Kopfzeile, aber keine Gruppen.</translation>
    </message>
    <message>
        <source>Type of column %1</source>
        <translation>Typ der Spalte %1</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 to create, %3 to update, %4 unchanged, %5 invalid. Nothing has been written yet.</source>
        <translation>Probelauf von %1: %2 zu erstellen, %3 zu aktualisieren, %4 unverändert, %5 ungültig. Noch wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n write(s)</source>
        <translation>
            <numerusform>%n Schreibvorgang &amp;anwenden</numerusform>
            <numerusform>%n Schreibvorgänge &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>%1 of %2 writes done</source>
        <translation>%1 von %2 Schreibvorgängen erledigt</translation>
    </message>
    <message>
        <source>, %1 per minute</source>
        <translation>, %1 pro Minute</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped: %1 The journal keeps what was done; resume it when the problem is fixed.</source>
        <translation>Angehalten: %1 Das Journal hält fest, was erledigt wurde; setzen Sie den Import fort, wenn das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 writes. Open the import again to resume where it stopped.</source>
        <translation>Nach %1 von %2 Schreibvorgängen abgebrochen. Öffnen Sie den Import erneut, um an der Stelle fortzusetzen, an der er angehalten wurde.</translation>
    </message>
    <message>
        <source>Undo finished: %1 of %2 writes done.</source>
        <translation>Rückgängigmachen abgeschlossen: %1 von %2 Schreibvorgängen erledigt.</translation>
    </message>
    <message>
        <source>Import finished: %1 of %2 writes done.</source>
        <translation>Import abgeschlossen: %1 von %2 Schreibvorgängen erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) failed; the reasons are listed below.</source>
        <translation>
            <numerusform>%n Schreibvorgang ist fehlgeschlagen; die Gründe sind unten aufgeführt.</numerusform>
            <numerusform>%n Schreibvorgänge sind fehlgeschlagen; die Gründe sind unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PostHog cannot delete groups, so the %n group(s) the import created stay: %1.</source>
        <translation>
            <numerusform>PostHog kann keine Gruppen löschen, daher bleibt die %n vom Import erstellte Gruppe bestehen: %1.</numerusform>
            <numerusform>PostHog kann keine Gruppen löschen, daher bleiben die %n vom Import erstellten Gruppen bestehen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Restore the %n value(s) this import changed and remove the properties it added?</source>
        <translation>
            <numerusform>Den %n von diesem Import geänderten Wert wiederherstellen und die hinzugefügten Eigenschaften entfernen?</numerusform>
            <numerusform>Die %n von diesem Import geänderten Werte wiederherstellen und die hinzugefügten Eigenschaften entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n group(s) it created stay (PostHog cannot delete groups).</source>
        <translation>
            <numerusform>Die %n erstellte Gruppe bleibt bestehen (PostHog kann keine Gruppen löschen).</numerusform>
            <numerusform>Die %n erstellten Gruppen bleiben bestehen (PostHog kann keine Gruppen löschen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Show rows that create a group</source>
        <translation>Zeilen anzeigen, die eine Gruppe erstellen</translation>
    </message>
    <message>
        <source>Show rows that update a group</source>
        <translation>Zeilen anzeigen, die eine Gruppe aktualisieren</translation>
    </message>
    <message>
        <source>Show unchanged rows</source>
        <translation>Unveränderte Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Show invalid rows</source>
        <translation>Ungültige Zeilen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Nothing is written yet.</source>
        <translation>Noch wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>JsonEditorDialog</name>
    <message>
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <source>JSON error</source>
        <translation>JSON-Fehler</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>Kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Enter exactly one JSON value.</source>
        <translation>Geben Sie genau einen JSON-Wert ein.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No keychain service is available, so the API key cannot be stored safely. Start a Secret Service provider (for example GNOME Keyring or KWallet) to have it remembered.</source>
        <translation>Es ist kein Schlüsselbund-Dienst verfügbar, daher kann der API-Schlüssel nicht sicher gespeichert werden. Starten Sie einen Secret-Service-Anbieter (zum Beispiel GNOME Keyring oder KWallet), damit er gespeichert wird.</translation>
    </message>
    <message>
        <source>No API key is stored for this profile.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The keychain request was cancelled.</source>
        <translation>Die Anfrage an den Schlüsselbund wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GroupDesk</source>
        <translation>GroupDesk</translation>
    </message>
    <message>
        <source>Not connected. Use File → New connection… to connect to PostHog.</source>
        <translation>Nicht verbunden. Verbinden Sie sich über Datei → Neue Verbindung… mit PostHog.</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Remove connection…</source>
        <translation>Verbindung &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Export groups…</source>
        <translation>Gruppen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy selection</source>
        <translation>Auswahl &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete property…</source>
        <translation>Eigenschaft &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Find groups</source>
        <translation>Gruppen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Load all groups</source>
        <translation>Alle Gruppen &amp;laden</translation>
    </message>
    <message>
        <source>The language changes when GroupDesk starts next.</source>
        <translation>Die Sprache wechselt beim nächsten Start von GroupDesk.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Colour tag of the connection “%1”</source>
        <translation>Farbmarkierung der Verbindung „%1“</translation>
    </message>
    <message>
        <source>No API key is stored for &quot;%1&quot; yet.</source>
        <translation>Für „%1“ ist noch kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>GroupDesk will ask for the key at each start and keep it in memory only.</source>
        <translation>GroupDesk fragt bei jedem Start nach dem Schlüssel und hält ihn nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Personal API key:</source>
        <translation>Persönlicher API-Schlüssel:</translation>
    </message>
    <message>
        <source>The key is kept in memory until GroupDesk quits.</source>
        <translation>Der Schlüssel bleibt bis zum Beenden von GroupDesk im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation>Die Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the system keychain and its window layout is forgotten. Nothing changes on the PostHog server.</source>
        <translation>Ihr API-Schlüssel wird aus dem Schlüsselbund des Systems gelöscht und ihre Fensteranordnung vergessen. Auf dem PostHog-Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation>1 laufende Anfrage</translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation>%1 laufende Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>PostHog allows each API key 4800 requests an hour; the next requests go out in %1.</source>
        <translation>PostHog erlaubt jedem API-Schlüssel 4800 Anfragen pro Stunde; die nächsten Anfragen gehen in %1 hinaus.</translation>
    </message>
    <message>
        <source>PostHog is limiting the request rate; continuing in %1 s.</source>
        <translation>PostHog begrenzt die Anfragerate; es geht in %1 s weiter.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>current project (not pinned)</source>
        <translation>aktuelles Projekt (nicht festgelegt)</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Nothing to export: not connected.</source>
        <translation>Nichts zu exportieren: nicht verbunden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>CSV für Excel, UTF-8 mit BOM (*.csv)</translation>
    </message>
    <message>
        <source>Export groups</source>
        <translation>Gruppen exportieren</translation>
    </message>
    <message>
        <source>groups.csv</source>
        <translation>gruppen.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 groups to %2.</source>
        <translation>%1 Gruppen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Only loaded groups were exported; use Load all first for everything.</source>
        <translation>Nur geladene Gruppen wurden exportiert; verwenden Sie zuerst „Alle laden“, um alles zu exportieren.</translation>
    </message>
    <message>
        <source>&amp;Import groups…</source>
        <translation>Gruppen &amp;importieren…</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still being saved to PostHog. Close anyway and lose them?</source>
        <translation>
            <numerusform>%n Änderung wird noch bei PostHog gespeichert. Trotzdem schließen und sie verlieren?</numerusform>
            <numerusform>%n Änderungen werden noch bei PostHog gespeichert. Trotzdem schließen und sie verlieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>GroupDesk has neither a personal API key nor a PostHog sign-in for “%1”.</source>
        <translation>GroupDesk hat für „%1“ weder einen persönlichen API-Schlüssel noch eine PostHog-Anmeldung.</translation>
    </message>
    <message>
        <source>Sign in to PostHog as in its web app, or enter a personal API key.</source>
        <translation>Melden Sie sich wie in der PostHog-Web-App an, oder geben Sie einen persönlichen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Sign &amp;In to PostHog…</source>
        <translation>Bei PostHog &amp;anmelden…</translation>
    </message>
    <message>
        <source>Enter API &amp;Key…</source>
        <translation>API-&amp;Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Sign in to %1 for “%2”.</source>
        <translation>Bei %1 für „%2“ anmelden.</translation>
    </message>
    <message>
        <source>Your PostHog sign-in to %1 has ended. Sign in again to go on.</source>
        <translation>Ihre PostHog-Anmeldung bei %1 ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign in to %1 to connect.</source>
        <translation>Melden Sie sich bei %1 an, um die Verbindung herzustellen.</translation>
    </message>
</context>
<context>
    <name>MetricDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Name der Metrik</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Custom interval in days</source>
        <translation>Eigenes Intervall in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Display:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Calculation:</source>
        <translation>&amp;Berechnung:</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Property to sum</source>
        <translation>Zu summierende Eigenschaft</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <source>Edit usage metric</source>
        <translation>Nutzungsmetrik bearbeiten</translation>
    </message>
    <message>
        <source>New usage metric</source>
        <translation>Neue Nutzungsmetrik</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (kept as it is)</source>
        <translation>
            <numerusform>%n Tag (unverändert beibehalten)</numerusform>
            <numerusform>%n Tage (unverändert beibehalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interval: %n day(s) is kept as it is; this editor offers 0 days or more. Choose another interval to change it.</source>
        <translation>
            <numerusform>Intervall: %n Tag bleibt unverändert; dieser Editor bietet 0 Tage oder mehr. Wählen Sie ein anderes Intervall, um es zu ändern.</numerusform>
            <numerusform>Intervall: %n Tage bleiben unverändert; dieser Editor bietet 0 Tage oder mehr. Wählen Sie ein anderes Intervall, um es zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (kept as it is)</source>
        <translation>%1 (unverändert beibehalten)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is kept as it is; this version of GroupDesk does not know it. Choose another value to change it.</source>
        <translation>%1: „%2“ bleibt unverändert; diese Version von GroupDesk kennt den Wert nicht. Wählen Sie einen anderen Wert, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>The filters JSON is not valid; fix it or use the form.</source>
        <translation>Das JSON der Filter ist ungültig; korrigieren Sie es oder verwenden Sie das Formular.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The server refused the metric: %1</source>
        <translation>Der Server hat die Metrik abgelehnt: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>About the property to sum</source>
        <translation>Zur zu summierenden Eigenschaft</translation>
    </message>
    <message>
        <source>Column of the data-warehouse table</source>
        <translation>Spalte der Data-Warehouse-Tabelle</translation>
    </message>
    <message>
        <source>Sums a column of the data-warehouse table named under Source below. Type the column&apos;s name; GroupDesk cannot list a table&apos;s columns.</source>
        <translation>Summiert eine Spalte der unten unter Quelle genannten Data-Warehouse-Tabelle. Geben Sie den Namen der Spalte ein; GroupDesk kann die Spalten einer Tabelle nicht auflisten.</translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation>Spalte von %1</translation>
    </message>
    <message>
        <source>Sums a column of the data-warehouse table &quot;%1&quot;. Type the column&apos;s name as it is in that table; GroupDesk cannot list a table&apos;s columns.</source>
        <translation>Summiert eine Spalte der Data-Warehouse-Tabelle „%1“. Geben Sie den Namen der Spalte so ein, wie er in dieser Tabelle steht; GroupDesk kann die Spalten einer Tabelle nicht auflisten.</translation>
    </message>
    <message>
        <source>Event property, e.g. amount</source>
        <translation>Ereigniseigenschaft, z. B. amount</translation>
    </message>
    <message>
        <source>Event property suggestions could not be loaded: %1 You can still type the property&apos;s name.</source>
        <translation>Die Vorschläge für Ereigniseigenschaften konnten nicht geladen werden: %1 Sie können den Namen der Eigenschaft trotzdem eingeben.</translation>
    </message>
    <message>
        <source>Sums an event property of the metric&apos;s events. %1 of %2 event properties shown; type to narrow.</source>
        <translation>Summiert eine Ereigniseigenschaft der Ereignisse der Metrik. %1 von %2 Ereigniseigenschaften angezeigt; tippen Sie, um einzugrenzen.</translation>
    </message>
    <message>
        <source>Sums an event property of the metric&apos;s events. No event property matches &quot;%1&quot;; the name is kept as typed.</source>
        <translation>Summiert eine Ereigniseigenschaft der Ereignisse der Metrik. Keine Ereigniseigenschaft passt zu „%1“; der Name bleibt wie eingegeben.</translation>
    </message>
    <message>
        <source>Sums an event property of the metric&apos;s events.</source>
        <translation>Summiert eine Ereigniseigenschaft der Ereignisse der Metrik.</translation>
    </message>
</context>
<context>
    <name>MetricFiltersForm</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>e.g. $pageview, invoice paid</source>
        <translation>z. B. $pageview, invoice paid</translation>
    </message>
    <message>
        <source>Event names, comma separated</source>
        <translation>Ereignisnamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>E&amp;vents:</source>
        <translation>E&amp;reignisse:</translation>
    </message>
    <message>
        <source>Filter out &amp;test accounts</source>
        <translation>&amp;Testkonten herausfiltern</translation>
    </message>
    <message>
        <source>Filter out test accounts</source>
        <translation>Testkonten herausfiltern</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wobei:</translation>
    </message>
    <message>
        <source>Table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>T&amp;abelle:</translation>
    </message>
    <message>
        <source>Timestamp field</source>
        <translation>Zeitstempelfeld</translation>
    </message>
    <message>
        <source>Timesta&amp;mp field:</source>
        <translation>Zeitste&amp;mpelfeld:</translation>
    </message>
    <message>
        <source>Key field</source>
        <translation>Schlüsselfeld</translation>
    </message>
    <message>
        <source>&amp;Key field:</source>
        <translation>&amp;Schlüsselfeld:</translation>
    </message>
    <message>
        <source>Advanced: filters as JSON</source>
        <translation>Erweitert: Filter als JSON</translation>
    </message>
    <message>
        <source>Filters JSON</source>
        <translation>Filter-JSON</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at character %2); the form keeps the last valid filters.</source>
        <translation>Kein gültiges JSON (%1 bei Zeichen %2); das Formular behält die letzten gültigen Filter.</translation>
    </message>
    <message>
        <source>Filters must be a JSON object { … }.</source>
        <translation>Filter müssen ein JSON-Objekt { … } sein.</translation>
    </message>
</context>
<context>
    <name>MetricItemDelegate</name>
    <message>
        <source>Interval in days</source>
        <translation>Intervall in Tagen</translation>
    </message>
</context>
<context>
    <name>MetricNames</name>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (Kopie %1)</translation>
    </message>
    <message>
        <source>A usage metric named “%1” already exists for this group type; choose another name.</source>
        <translation>Für diesen Gruppentyp gibt es bereits eine Nutzungsmetrik namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>PostHogClient</name>
    <message>
        <source>The CA certificate file %1 could not be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No valid PostHog server address is configured.</source>
        <translation>Es ist keine gültige PostHog-Serveradresse eingerichtet.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain http:// to %1. Use https://, or allow insecure HTTP in this connection profile.</source>
        <translation>Der API-Schlüssel wird nicht über unverschlüsseltes http:// an %1 gesendet. Verwenden Sie https:// oder erlauben Sie unsicheres HTTP in diesem Verbindungsprofil.</translation>
    </message>
    <message>
        <source>No personal API key is set for this connection.</source>
        <translation>Für diese Verbindung ist kein persönlicher API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>The server sent a page link that is not a PostHog API address.</source>
        <translation>Der Server hat einen Seitenlink gesendet, der keine PostHog-API-Adresse ist.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not have the expected shape (%1).</source>
        <translation>Die Antwort des Servers hat nicht die erwartete Form (%1).</translation>
    </message>
    <message>
        <source>%1 could not be checked (scope %2): %3</source>
        <translation>%1 konnte nicht geprüft werden (Scope %2): %3</translation>
    </message>
    <message>
        <source>In PostHog, open Settings &gt; Personal API keys and give this key the missing scopes (%1), or create a key that has them.</source>
        <translation>Öffnen Sie in PostHog Settings &gt; Personal API keys und geben Sie diesem Schlüssel die fehlenden Berechtigungen (%1), oder erstellen Sie einen Schlüssel, der sie hat.</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>Gruppenaktivität</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>Nutzungsmetriken</translation>
    </message>
    <message>
        <source>Group activity access could not be checked because no group was found.</source>
        <translation>Der Zugriff auf die Gruppenaktivität konnte nicht geprüft werden, weil keine Gruppe gefunden wurde.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>The project&apos;s details</source>
        <translation>Die Details des Projekts</translation>
    </message>
    <message>
        <source>A property needs a name.</source>
        <translation>Eine Eigenschaft braucht einen Namen.</translation>
    </message>
    <message>
        <source>PostHog cannot store an empty (null) value in &quot;%1&quot;; delete the property instead.</source>
        <translation>PostHog kann in „%1“ keinen leeren Wert (null) speichern; löschen Sie stattdessen die Eigenschaft.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the query does not have the expected shape (%1).</source>
        <translation>Die Antwort des Servers auf die Abfrage hat nicht die erwartete Form (%1).</translation>
    </message>
    <message>
        <source>The server is still calculating the query; try again in a moment.</source>
        <translation>Der Server berechnet die Abfrage noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Property suggestions</source>
        <translation>Eigenschaftsvorschläge</translation>
    </message>
    <message>
        <source>The group was saved, but PostHog has no group type at index %1, so it sent no $groupidentify event for it.</source>
        <translation>Die Gruppe wurde gespeichert, aber PostHog hat keinen Gruppentyp mit Index %1 und hat deshalb kein $groupidentify-Ereignis dafür gesendet.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>Self-hosted URL</source>
        <translation>URL des eigenen Servers</translation>
    </message>
    <message>
        <source>https://posthog.example.org</source>
        <translation>https://posthog.example.org</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Number, or @current for the key&apos;s current project</source>
        <translation>Zahl, oder @current für das aktuelle Projekt des Schlüssels</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for CA file</source>
        <translation>CA-Datei suchen</translation>
    </message>
    <message>
        <source>Allow plain http:// (only for a trusted private network)</source>
        <translation>Unverschlüsseltes http:// erlauben (nur in einem vertrauenswürdigen privaten Netz)</translation>
    </message>
    <message>
        <source>Allow plain HTTP</source>
        <translation>Unverschlüsseltes HTTP erlauben</translation>
    </message>
    <message>
        <source>Colo&amp;ur tag:</source>
        <translation>&amp;Farbmarkierung:</translation>
    </message>
    <message>
        <source>Colour tag</source>
        <translation>Farbmarkierung</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Personal API key</source>
        <translation>Persönlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>phx_… (stored in the system keychain)</source>
        <translation>phx_… (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <source>PostHog Cloud US</source>
        <translation>PostHog Cloud US</translation>
    </message>
    <message>
        <source>PostHog Cloud EU</source>
        <translation>PostHog Cloud EU</translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation>Selbst gehostet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Red (production)</source>
        <translation>Rot (Produktion)</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Connected to project &quot;%1&quot; (%2).</source>
        <translation>Mit Projekt „%1“ (%2) verbunden.</translation>
    </message>
    <message>
        <source>Groups (group:read)</source>
        <translation>Gruppen (group:read)</translation>
    </message>
    <message>
        <source>Usage metrics (usage_metric:read)</source>
        <translation>Nutzungsmetriken (usage_metric:read)</translation>
    </message>
    <message>
        <source>Group activity (activity_log:read)</source>
        <translation>Gruppenaktivität (activity_log:read)</translation>
    </message>
    <message>
        <source>Write scopes (group:write, usage_metric:write) cannot be checked without writing.</source>
        <translation>Schreibberechtigungen (group:write, usage_metric:write) lassen sich nicht prüfen, ohne zu schreiben.</translation>
    </message>
    <message>
        <source>Sign in to PostHog</source>
        <translation>Bei PostHog anmelden</translation>
    </message>
    <message>
        <source>Project details (project:read)</source>
        <translation>Projektdetails (project:read)</translation>
    </message>
    <message>
        <source>Property suggestions (property_definition:read)</source>
        <translation>Eigenschaftsvorschläge (property_definition:read)</translation>
    </message>
    <message>
        <source>Sign &amp;in to PostHog…</source>
        <translation>Bei PostHog &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign in with your PostHog account instead of (or beside) a personal API key. Renaming group types, default columns and detail dashboards need it.</source>
        <translation>Mit Ihrem PostHog-Konto anmelden, statt (oder neben) einem persönlichen API-Schlüssel. Das Umbenennen von Gruppentypen, Standardspalten und Detail-Dashboards braucht diese Anmeldung.</translation>
    </message>
    <message>
        <source>Enter a personal API key, or sign in to PostHog.</source>
        <translation>Geben Sie einen persönlichen API-Schlüssel ein oder melden Sie sich bei PostHog an.</translation>
    </message>
    <message>
        <source>Signed in to PostHog as %1.</source>
        <translation>Bei PostHog angemeldet als %1.</translation>
    </message>
    <message>
        <source>Sign in to %1 for this connection.</source>
        <translation>Melden Sie sich für diese Verbindung bei %1 an.</translation>
    </message>
    <message>
        <source>Signed in to PostHog as %1. Without a personal API key, GroupDesk uses this sign-in for every request.</source>
        <translation>Bei PostHog angemeldet als %1. Ohne persönlichen API-Schlüssel nutzt GroupDesk diese Anmeldung für jede Anfrage.</translation>
    </message>
</context>
<context>
    <name>PropertyDefinitionsModel</name>
    <message numerus="yes">
        <source>%1: used by %n group(s)</source>
        <translation>
            <numerusform>%1: von %n Gruppe verwendet</numerusform>
            <numerusform>%1: von %n Gruppen verwendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertyFiltersEditor</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Event property filters</source>
        <translation>Filter nach Ereigniseigenschaften</translation>
    </message>
    <message>
        <source>Add fi&amp;lter</source>
        <translation>Fi&amp;lter hinzufügen</translation>
    </message>
    <message>
        <source>Add property filter</source>
        <translation>Eigenschaftsfilter hinzufügen</translation>
    </message>
    <message>
        <source>Remove filt&amp;er</source>
        <translation>Filter &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove property filter</source>
        <translation>Eigenschaftsfilter entfernen</translation>
    </message>
</context>
<context>
    <name>PropertyValueDelegate</name>
    <message>
        <source>(saving…)</source>
        <translation>(wird gespeichert…)</translation>
    </message>
    <message>
        <source>Boolean value</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>Property value</source>
        <translation>Wert der Eigenschaft</translation>
    </message>
</context>
<context>
    <name>PropertyValuesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
</context>
<context>
    <name>QueryAccess</name>
    <message>
        <source>Sorting, filters and counts on the server need the &quot;query:read&quot; scope on this API key; browsing the REST list (newest first) instead.</source>
        <translation>Sortieren, Filter und Zählungen auf dem Server brauchen die Berechtigung „query:read“ für diesen API-Schlüssel; stattdessen wird die REST-Liste (neueste zuerst) durchsucht.</translation>
    </message>
    <message>
        <source>This PostHog server has no query API (it is older); browsing the REST list (newest first) instead.</source>
        <translation>Dieser PostHog-Server hat keine Abfrage-API (er ist älter); stattdessen wird die REST-Liste (neueste zuerst) durchsucht.</translation>
    </message>
    <message>
        <source>The server refused the groups query (%1); browsing the REST list instead.</source>
        <translation>Der Server hat die Gruppenabfrage abgelehnt (%1); stattdessen wird die REST-Liste durchsucht.</translation>
    </message>
    <message>
        <source>The groups query failed (%1); browsing the REST list for now.</source>
        <translation>Die Gruppenabfrage ist fehlgeschlagen (%1); vorerst wird die REST-Liste durchsucht.</translation>
    </message>
    <message>
        <source>Query API</source>
        <translation>Abfrage-API</translation>
    </message>
    <message>
        <source>REST list</source>
        <translation>REST-Liste</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Hinweis: nur lesen</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Nur lesen: %1</translation>
    </message>
</context>
<context>
    <name>RelatedActorsModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Group (type %1)</source>
        <translation>Gruppe (Typ %1)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name / id</source>
        <translation>Name / ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>RenameGroupTypeCommand</name>
    <message>
        <source>Rename group type %1</source>
        <translation>Gruppentyp %1 umbenennen</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Sign &amp;in to PostHog…</source>
        <translation>Bei PostHog &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out of PostHog</source>
        <translation>Von PostHog a&amp;bmelden</translation>
    </message>
    <message>
        <source>A PostHog web session lets GroupDesk rename group types and set default columns and dashboards, which personal API keys may not do.</source>
        <translation>Mit einer PostHog-Websitzung kann GroupDesk Gruppentypen umbenennen sowie Standardspalten und Dashboards festlegen, was persönliche API-Schlüssel nicht dürfen.</translation>
    </message>
    <message>
        <source>PostHog sign-in</source>
        <translation>PostHog-Anmeldung</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>PostHog: %1</source>
        <translation>PostHog: %1</translation>
    </message>
    <message>
        <source>PostHog session expired</source>
        <translation>PostHog-Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>Not signed in to PostHog</source>
        <translation>Nicht bei PostHog angemeldet</translation>
    </message>
    <message>
        <source>PostHog did not confirm the sign-out (%1); GroupDesk forgot the session anyway.</source>
        <translation>PostHog hat die Abmeldung nicht bestätigt (%1); GroupDesk hat die Sitzung trotzdem verworfen.</translation>
    </message>
    <message>
        <source>“%1” needs a PostHog sign-in.</source>
        <translation>„%1“ erfordert eine PostHog-Anmeldung.</translation>
    </message>
    <message>
        <source>Your PostHog session ended while saving “%1”; the change is kept.</source>
        <translation>Ihre PostHog-Sitzung wurde beim Speichern von „%1“ beendet; die Änderung bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>SessionSignIn</name>
    <message>
        <source>This account must sign in through single sign-on. Use &quot;Sign in with browser&quot; instead.</source>
        <translation>Dieses Konto muss sich per Single Sign-on anmelden. Verwenden Sie stattdessen „Mit Browser anmelden“.</translation>
    </message>
    <message>
        <source>This account must sign in through single sign-on (%1). Use &quot;Sign in with browser&quot; instead.</source>
        <translation>Dieses Konto muss sich per Single Sign-on anmelden (%1). Verwenden Sie stattdessen „Mit Browser anmelden“.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>This account&apos;s email address is not verified yet. Open the verification link PostHog emailed you, then sign in again.</source>
        <translation>Die E-Mail-Adresse dieses Kontos ist noch nicht bestätigt. Öffnen Sie den Bestätigungslink, den PostHog Ihnen per E-Mail gesendet hat, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>That code is not right. Enter the current code from your authenticator app, or a backup code.</source>
        <translation>Dieser Code ist nicht richtig. Geben Sie den aktuellen Code aus Ihrer Authentifizierungs-App oder einen Backup-Code ein.</translation>
    </message>
    <message>
        <source>The sign-in attempt expired before the code arrived. Enter your password again.</source>
        <translation>Der Anmeldeversuch ist abgelaufen, bevor der Code eintraf. Geben Sie Ihr Passwort erneut ein.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Wait a minute, then try again.</source>
        <translation>Zu viele falsche Codes. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Please try again in 10 minutes.</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 10 Minuten erneut.</translation>
    </message>
    <message>
        <source>This sign-in link is invalid, already used or expired. Sign in again to get a new one.</source>
        <translation>Dieser Anmeldelink ist ungültig, bereits verwendet oder abgelaufen. Melden Sie sich erneut an, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>Enter the email address, the password and (when asked) the code.</source>
        <translation>Geben Sie die E-Mail-Adresse, das Passwort und (falls verlangt) den Code ein.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Wrong email or password. Your organization also signs in with SAML single sign-on: if that is how you log in to PostHog, use &quot;Sign in with browser&quot;.</source>
        <translation>E-Mail-Adresse oder Passwort falsch. Ihre Organisation meldet sich auch per SAML-Single-Sign-on an: Wenn Sie sich so bei PostHog anmelden, verwenden Sie „Mit Browser anmelden“.</translation>
    </message>
    <message>
        <source>This account confirms sign-in with a passkey, which only a browser can use. Use &quot;Sign in with browser&quot;, or enter one of your backup codes.</source>
        <translation>Dieses Konto bestätigt die Anmeldung mit einem Passkey, den nur ein Browser verwenden kann. Verwenden Sie „Mit Browser anmelden“ oder geben Sie einen Ihrer Backup-Codes ein.</translation>
    </message>
</context>
<context>
    <name>SessionSignInDialog</name>
    <message>
        <source>Sign in to PostHog</source>
        <translation>Bei PostHog anmelden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>Zwei-Faktor-&amp;Code:</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Zwei-Faktor-Code</translation>
    </message>
    <message>
        <source>123456 or a backup code</source>
        <translation>123456 oder ein Backup-Code</translation>
    </message>
    <message>
        <source>Emailed &amp;link:</source>
        <translation>&amp;Link aus der E-Mail:</translation>
    </message>
    <message>
        <source>Sign-in link from the email</source>
        <translation>Anmeldelink aus der E-Mail</translation>
    </message>
    <message>
        <source>https://…/login/verify?email=…&amp;token=…</source>
        <translation>https://…/login/verify?email=…&amp;token=…</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Renaming group types, default columns and detail dashboards need a PostHog sign-in (%1): personal API keys may not make these changes.</source>
        <translation>Das Umbenennen von Gruppentypen, Standardspalten und Detail-Dashboards erfordert eine PostHog-Anmeldung (%1): Persönliche API-Schlüssel dürfen diese Änderungen nicht vornehmen.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser…</source>
        <translation>Mit &amp;Browser anmelden…</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Mit Browser anmelden</translation>
    </message>
    <message>
        <source>For Google, GitHub or SAML sign-in and passkeys: PostHog&apos;s own login page.</source>
        <translation>Für Anmeldung über Google, GitHub oder SAML und für Passkeys: die eigene Anmeldeseite von PostHog.</translation>
    </message>
    <message>
        <source>PostHog emailed a sign-in link to %1. Paste it here.</source>
        <translation>PostHog hat einen Anmeldelink an %1 gesendet. Fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>SetDefaultColumnsCommand</name>
    <message>
        <source>Set default columns of group type %1</source>
        <translation>Standardspalten des Gruppentyps %1 festlegen</translation>
    </message>
</context>
<context>
    <name>SetGroupPropertyCommand</name>
    <message>
        <source>Remove %1 of %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous part of the window</source>
        <translation>Zum nächsten oder vorigen Teil des Fensters wechseln</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move inside a table or list</source>
        <translation>Innerhalb einer Tabelle oder Liste bewegen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>On a group: move into its properties</source>
        <translation>Auf einer Gruppe: zu ihren Eigenschaften wechseln</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Die aktuelle Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Cancel the edit of a cell</source>
        <translation>Die Bearbeitung einer Zelle abbrechen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>UpdateMetricCommand</name>
    <message>
        <source>Change usage metric %1</source>
        <translation>Nutzungsmetrik ändern: %1</translation>
    </message>
</context>
<context>
    <name>UsageMetric</name>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Sparkline</source>
        <translation>Sparkline</translation>
    </message>
    <message>
        <source>Count of events</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <source>Sum of a property</source>
        <translation>Summe einer Eigenschaft</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Data warehouse table</source>
        <translation>Data-Warehouse-Tabelle</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The name must be at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid format (numeric or currency).</source>
        <translation>„%1“ ist kein gültiges Format (numeric oder currency).</translation>
    </message>
    <message>
        <source>The interval must be at least one day.</source>
        <translation>Das Intervall muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid display (number or sparkline).</source>
        <translation>„%1“ ist keine gültige Darstellung (number oder sparkline).</translation>
    </message>
    <message>
        <source>Filters are required.</source>
        <translation>Filter sind erforderlich.</translation>
    </message>
    <message>
        <source>Data warehouse metrics need a non-empty %1.</source>
        <translation>Data-Warehouse-Metriken brauchen ein nicht leeres %1.</translation>
    </message>
    <message>
        <source>Unknown source: &apos;%1&apos;</source>
        <translation>Unbekannte Quelle: „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid math (count or sum).</source>
        <translation>„%1“ ist keine gültige Berechnung (count oder sum).</translation>
    </message>
    <message>
        <source>Choose the property to sum: a sum needs one.</source>
        <translation>Wählen Sie die zu summierende Eigenschaft: Eine Summe braucht eine.</translation>
    </message>
    <message>
        <source>A count takes no property: clear it, or calculate a sum instead.</source>
        <translation>Eine Anzahl nimmt keine Eigenschaft: Leeren Sie sie oder berechnen Sie stattdessen eine Summe.</translation>
    </message>
    <message>
        <source>The property must be at most %1 characters.</source>
        <translation>Die Eigenschaft darf höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>UsageMetricPreview</name>
    <message>
        <source>&amp;Show values</source>
        <translation>&amp;Werte anzeigen</translation>
    </message>
    <message>
        <source>Preview for gr&amp;oup:</source>
        <translation>V&amp;orschau für Gruppe:</translation>
    </message>
    <message>
        <source>Group key, e.g. org:42</source>
        <translation>Gruppenschlüssel, z. B. org:42</translation>
    </message>
    <message>
        <source>Preview group key</source>
        <translation>Schlüssel der Vorschaugruppe</translation>
    </message>
    <message>
        <source>Show usage metric values for the preview group</source>
        <translation>Nutzungsmetrik-Werte der Vorschaugruppe anzeigen</translation>
    </message>
    <message>
        <source>Usage metric values of the preview group</source>
        <translation>Nutzungsmetrik-Werte der Vorschaugruppe</translation>
    </message>
    <message>
        <source>Saved metric preview</source>
        <translation>Vorschau der gespeicherten Metrik</translation>
    </message>
    <message>
        <source>Saved “%1”: %2 for %3 (previous period %4, change %5)</source>
        <translation>„%1“ gespeichert: %2 für %3 (vorheriger Zeitraum %4, Änderung %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Enter a group key to see each metric&apos;s value for that group.</source>
        <translation>Geben Sie einen Gruppenschlüssel ein, um die Werte jeder Metrik für diese Gruppe zu sehen.</translation>
    </message>
    <message>
        <source>Calculating usage metric values…</source>
        <translation>Nutzungsmetrik-Werte werden berechnet …</translation>
    </message>
    <message>
        <source>Calculating “%1” for %2…</source>
        <translation>„%1“ wird für %2 berechnet …</translation>
    </message>
    <message>
        <source>This group type has no usage metrics yet.</source>
        <translation>Dieser Gruppentyp hat noch keine Nutzungsmetriken.</translation>
    </message>
</context>
<context>
    <name>UsageMetricValuesModel</name>
    <message numerus="yes">
        <source>%1 over the last %n day(s)</source>
        <translation>
            <numerusform>%1 am letzten %n Tag</numerusform>
            <numerusform>%1 in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>UsageMetricsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Summed property</source>
        <translation>Summierte Eigenschaft</translation>
    </message>
    <message>
        <source>The interval must be a whole number of days.</source>
        <translation>Das Intervall muss eine ganze Zahl von Tagen sein.</translation>
    </message>
</context>
<context>
    <name>UsageMetricsPanel</name>
    <message>
        <source>Usage metrics appear on every group&apos;s page. Double-click a cell to change it in place.</source>
        <translation>Nutzungsmetriken erscheinen auf der Seite jeder Gruppe. Doppelklicken Sie auf eine Zelle, um sie direkt zu ändern.</translation>
    </message>
    <message>
        <source>Usage metrics</source>
        <translation>Nutzungsmetriken</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New usage metric</source>
        <translation>Neue Nutzungsmetrik</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit usage metric</source>
        <translation>Nutzungsmetrik bearbeiten</translation>
    </message>
    <message>
        <source>Du&amp;plicate…</source>
        <translation>Du&amp;plizieren…</translation>
    </message>
    <message>
        <source>Duplicate usage metric</source>
        <translation>Nutzungsmetrik duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete usage metric</source>
        <translation>Nutzungsmetrik löschen</translation>
    </message>
    <message>
        <source>&amp;New Usage Metric…</source>
        <translation>&amp;Neue Nutzungsmetrik…</translation>
    </message>
    <message>
        <source>&amp;Edit Usage Metric…</source>
        <translation>Nutzungsmetrik &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Usage Metric…</source>
        <translation>Nutzungsmetrik du&amp;plizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete Usage Metric…</source>
        <translation>Nutzungsmetrik &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Reload Usage Metrics</source>
        <translation>Nutzungsmetriken neu &amp;laden</translation>
    </message>
    <message>
        <source>Loading usage metrics…</source>
        <translation>Nutzungsmetriken werden geladen…</translation>
    </message>
    <message>
        <source>No usage metrics yet. Use New… to add one.</source>
        <translation>Noch keine Nutzungsmetriken. Legen Sie mit „Neu…“ eine an.</translation>
    </message>
    <message>
        <source>Usage metrics of %1</source>
        <translation>Nutzungsmetriken von %1</translation>
    </message>
    <message>
        <source>Delete the usage metric “%1”? You can undo this with Edit &gt; Undo.</source>
        <translation>Die Nutzungsmetrik „%1“ löschen? Sie können das mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>WebLinkButtons</name>
    <message>
        <source>Open in PostHog</source>
        <translation>In PostHog öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Open %1 in PostHog</source>
        <translation>%1 in PostHog öffnen</translation>
    </message>
    <message>
        <source>Open %1 in the PostHog web app</source>
        <translation>%1 in der PostHog-Web-App öffnen</translation>
    </message>
    <message>
        <source>Copy link to %1</source>
        <translation>Link auf %1 kopieren</translation>
    </message>
    <message>
        <source>Copy the PostHog web address of %1</source>
        <translation>Die PostHog-Webadresse von %1 kopieren</translation>
    </message>
</context>
</TS>
