<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Thanks, see you then!</source>
        <translation>Danke, bis dann!</translation>
    </message>
    <message>
        <source>Can we move it to 3 pm?</source>
        <translation>Können wir es auf 15 Uhr verschieben?</translation>
    </message>
    <message>
        <source>Got it 👍</source>
        <translation>Alles klar 👍</translation>
    </message>
    <message>
        <source>Is the order ready for pickup?</source>
        <translation>Ist die Bestellung abholbereit?</translation>
    </message>
    <message>
        <source>Please call me back when you can.</source>
        <translation>Bitte rufen Sie mich zurück, wenn Sie können.</translation>
    </message>
</context>
<context>
    <name>DispatchText</name>
    <message>
        <source>the dispatcher is stopped</source>
        <translation>der Versand ist angehalten</translation>
    </message>
    <message>
        <source>no phones set up</source>
        <translation>keine Telefone eingerichtet</translation>
    </message>
    <message>
        <source>all phones are disabled or paused</source>
        <translation>alle Telefone sind deaktiviert oder pausiert</translation>
    </message>
    <message>
        <source>all phones are failing; test messages are under way</source>
        <translation>alle Telefone schlagen fehl; Testnachrichten sind unterwegs</translation>
    </message>
    <message>
        <source>all phones are at their limit; more at %1</source>
        <translation>alle Telefone haben ihr Limit erreicht; weiter um %1</translation>
    </message>
    <message>
        <source>all phones are failing; next try at %1</source>
        <translation>alle Telefone schlagen fehl; nächster Versuch um %1</translation>
    </message>
    <message>
        <source>no phone can send now; next chance at %1</source>
        <translation>kein Telefon kann gerade senden; nächste Gelegenheit um %1</translation>
    </message>
    <message>
        <source>Every phone is at its per-minute limit: messages go out at the pace the phones allow.</source>
        <translation>Jedes Telefon hat sein Limit pro Minute erreicht: Die Nachrichten gehen so schnell hinaus, wie die Telefone es erlauben.</translation>
    </message>
</context>
<context>
    <name>IntakeText</name>
    <message>
        <source>Redis Streams</source>
        <translation>Redis Streams</translation>
    </message>
    <message>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <source>Amazon SQS</source>
        <translation>Amazon SQS</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 eingereiht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln Duplikat</numerusform>
            <numerusform>%Ln Duplikate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 abgewiesen</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>Verzug %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an intake&apos;s phase, then its status line</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>no country code: start the number with + and the country code</source>
        <translation>keine Ländervorwahl: beginnen Sie die Nummer mit + und der Ländervorwahl</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>unbekannte Ländervorwahl</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>local number only: add the area code</source>
        <translation>nur eine Ortsnummer: ergänzen Sie die Vorwahl</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Nummer</translation>
    </message>
    <message>
        <source>not a valid number for %1</source>
        <translation>keine gültige Nummer für %1</translation>
    </message>
    <message>
        <source>no number given</source>
        <translation>keine Nummer angegeben</translation>
    </message>
    <message>
        <source>extensions cannot receive SMS</source>
        <translation>Nebenstellen können keine SMS empfangen</translation>
    </message>
    <message>
        <source>unexpected %1 in the number</source>
        <translation>unerwartetes %1 in der Nummer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::AmqpConnection</name>
    <message>
        <source>no answer from RabbitMQ</source>
        <translation>keine Antwort von RabbitMQ</translation>
    </message>
    <message>
        <source>RabbitMQ refused user %1 (%2)</source>
        <translation>RabbitMQ hat den Benutzer %1 abgewiesen (%2)</translation>
    </message>
    <message>
        <source>RabbitMQ answered %1</source>
        <translation>RabbitMQ antwortete mit %1</translation>
    </message>
    <message>
        <source>could not make a socket</source>
        <translation>Socket konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not connect to RabbitMQ at %1: %2</source>
        <translation>Verbindung zu RabbitMQ unter %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>logging in to RabbitMQ at %1</source>
        <translation>Anmeldung bei RabbitMQ unter %1</translation>
    </message>
    <message>
        <source>opening a channel</source>
        <translation>Öffnen eines Kanals</translation>
    </message>
    <message>
        <source>no queue %1</source>
        <translation>keine Warteschlange %1</translation>
    </message>
    <message>
        <source>looking at queue %1</source>
        <translation>Prüfen der Warteschlange %1</translation>
    </message>
    <message>
        <source>declaring queue %1</source>
        <translation>Anlegen der Warteschlange %1</translation>
    </message>
    <message>
        <source>setting the prefetch</source>
        <translation>Einstellen des Vorauslesens</translation>
    </message>
    <message>
        <source>consuming from queue %1</source>
        <translation>Lesen aus der Warteschlange %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::BubbleDelegate</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <source>Received %1 on %2</source>
        <translation>Empfangen über %2: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation>SMS-Teile: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>chosen automatically</source>
        <translation>automatisch gewählt</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Held until %1 recipient time</source>
        <translation>Zurückgehalten bis %1 Ortszeit des Empfängers</translation>
    </message>
    <message>
        <source>Held until %1 (quiet hours)</source>
        <translation>Zurückgehalten bis %1 (Ruhezeiten)</translation>
    </message>
    <message>
        <source>Quiet hours: held until %1, business time (%2): the number&apos;s country has several time zones</source>
        <translation>Ruhezeiten: zurückgehalten bis %1, Ihre Ortszeit (%2): Das Land der Nummer hat mehrere Zeitzonen</translation>
    </message>
    <message>
        <source>Quiet hours: held until %1, business time (%2): the number is in no known time zone</source>
        <translation>Ruhezeiten: zurückgehalten bis %1, Ihre Ortszeit (%2): Die Nummer gehört zu keiner bekannten Zeitzone</translation>
    </message>
    <message>
        <source>Quiet hours: held until %1 recipient time (%2)</source>
        <translation>Ruhezeiten: zurückgehalten bis %1 Ortszeit des Empfängers (%2)</translation>
    </message>
    <message>
        <source>Urgent: sent inside quiet hours too</source>
        <translation>Dringend: wird auch während der Ruhezeiten gesendet</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignDetailPane</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Hold every message not sent yet; Resume sends them at the campaign&apos;s pace</source>
        <translation>Alle noch nicht gesendeten Nachrichten zurückhalten; „Fortsetzen“ sendet sie im Tempo der Kampagne</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign…</source>
        <translation>Kampagne &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Cancel every message not sent yet</source>
        <translation>Alle noch nicht gesendeten Nachrichten zurückziehen</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Every message with its status, as CSV</source>
        <translation>Jede Nachricht mit ihrem Status, als CSV</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The campaign&apos;s messages</source>
        <translation>Die Nachrichten der Kampagne</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>im Versand</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Start: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n SMS-Teil</numerusform>
            <numerusform>%n SMS-Teile</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignListModel</name>
    <message numerus="yes">
        <source>%1: %2 of %n message(s) done</source>
        <translation>
            <numerusform>%1: %2 von %n Nachricht erledigt</numerusform>
            <numerusform>%1: %2 von %n Nachrichten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignMessageModel</name>
    <message numerus="yes">
        <source>%n attempt(s); last error: %1</source>
        <translation>
            <numerusform>%n Versuch; letzter Fehler: %1</numerusform>
            <numerusform>%n Versuche; letzter Fehler: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignPreviewModel</name>
    <message>
        <source>Written as “%1”</source>
        <translation>Eingegeben als „%1“</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Text wie gesendet</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Ausgelassen, weil</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignText</name>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Im Versand</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 pro Minute</translation>
    </message>
    <message>
        <source>As fast as the phones allow</source>
        <translation>So schnell, wie die Telefone es erlauben</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n SMS-Teil</numerusform>
            <numerusform>%n SMS-Teile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as UCS-2, 70 characters a segment</source>
        <translation>
            <numerusform>%n als UCS-2, 70 Zeichen pro SMS-Teil</numerusform>
            <numerusform>%n als UCS-2, 70 Zeichen pro SMS-Teil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid number(s)</source>
        <translation>
            <numerusform>%n ungültige Nummer</numerusform>
            <numerusform>%n ungültige Nummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out</source>
        <translation>
            <numerusform>%n abgemeldet</numerusform>
            <numerusform>%n abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing field(s)</source>
        <translation>
            <numerusform>%n fehlendes Feld</numerusform>
            <numerusform>%n fehlende Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n anderer Grund</numerusform>
            <numerusform>%n andere Gründe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignsPage</name>
    <message>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <source>Could not read the campaigns: %1</source>
        <translation>Die Kampagnen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the campaign&apos;s messages: %1</source>
        <translation>Die Nachrichten der Kampagne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Text a group, a CSV file or a list of numbers at a pace you choose</source>
        <translation>Eine Gruppe, eine CSV-Datei oder eine Nummernliste anschreiben, in einem Tempo Ihrer Wahl</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message>
        <source>Text a group of contacts, the numbers of a CSV file or a pasted list, at a pace you choose. You see every message before anything is queued, then its progress here.</source>
        <translation>Schreiben Sie eine Kontaktgruppe, die Nummern einer CSV-Datei oder eine eingefügte Liste an, in einem Tempo Ihrer Wahl. Sie sehen jede Nachricht, bevor etwas in die Warteschlange kommt, und danach hier ihren Fortschritt.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is queued: %n message(s).</source>
        <translation>
            <numerusform>„%1“ ist in der Warteschlange: %n Nachricht.</numerusform>
            <numerusform>„%1“ ist in der Warteschlange: %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign was not paused: %1</source>
        <translation>Die Kampagne wurde nicht pausiert: %1</translation>
    </message>
    <message>
        <source>The campaign was not resumed: %1</source>
        <translation>Die Kampagne wurde nicht fortgesetzt: %1</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1”? %n message(s) not sent yet will not be sent. What is already sent stays sent; this cannot be undone.</source>
        <translation>
            <numerusform>„%1“ abbrechen? %n noch nicht gesendete Nachricht wird nicht gesendet. Was schon gesendet ist, bleibt gesendet; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>„%1“ abbrechen? %n noch nicht gesendete Nachrichten werden nicht gesendet. Was schon gesendet ist, bleibt gesendet; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Weiter senden</translation>
    </message>
    <message>
        <source>The campaign was not cancelled: %1</source>
        <translation>Die Kampagne wurde nicht abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n message(s) that were not sent yet.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Nachricht zurückgezogen.</numerusform>
            <numerusform>%n noch nicht gesendete Nachrichten zurückgezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save campaign report</source>
        <translation>Kampagnenbericht speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No report was saved: %1</source>
        <translation>Es wurde kein Bericht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. No report was saved; choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde kein Bericht gespeichert; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ChatModel</name>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>Sie, %1, %2: %3</translation>
    </message>
    <message>
        <source>Them, %1: %2</source>
        <translation>Eingehend, %1: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::ChatView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Aktionen für die Nachricht</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Edit scheduled message…</source>
        <translation>Geplante Nachricht bearbeiten…</translation>
    </message>
    <message>
        <source>Cancel scheduled message</source>
        <translation>Geplante Nachricht zurückziehen</translation>
    </message>
</context>
<context>
    <name>smsdesk::Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send</source>
        <translation>Mit Strg+Enter senden</translation>
    </message>
    <message>
        <source>Send from phone</source>
        <translation>Absendendes Telefon</translation>
    </message>
    <message>
        <source>The phone that sends this message</source>
        <translation>Das Telefon, das diese Nachricht sendet</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Nachrichtenlänge</translation>
    </message>
    <message>
        <source>Any phone</source>
        <translation>Beliebiges Telefon</translation>
    </message>
    <message>
        <source>Smsdesk picks a phone that is online and has budget left</source>
        <translation>Smsdesk wählt ein Telefon, das online ist und noch Kontingent hat</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <source>Empty · up to %1 SMS</source>
        <translation>Leer · bis zu %1 SMS</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>noch %n Zeichen</numerusform>
            <numerusform>noch %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>(because of “%1”)</source>
        <translation>(wegen „%1“)</translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n SMS, at most %1</source>
        <translation>
            <numerusform>Zu lang: %n SMS, höchstens %1</numerusform>
            <numerusform>Zu lang: %n SMS, höchstens %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM %1</source>
        <translation>SIM %1</translation>
    </message>
    <message>
        <source>SIM %1, %2</source>
        <translation>SIM %1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Saved texts</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Put in a saved text (Ctrl+T, or type / in an empty message)</source>
        <translation>Textbaustein einfügen (Strg+T, oder / in eine leere Nachricht tippen)</translation>
    </message>
    <message>
        <source>No saved texts yet: add them in Settings → Saved texts</source>
        <translation>Noch keine Textbausteine: unter Einstellungen → Textbausteine anlegen</translation>
    </message>
    <message>
        <source>Nothing to fill in for %1 with this recipient: left empty. Check the text before sending.</source>
        <translation>Für %1 gibt es bei diesem Empfänger keinen Wert: leer gelassen. Bitte den Text vor dem Senden prüfen.</translation>
    </message>
    <message>
        <source>Put in a saved text</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>Later…</source>
        <translation>Später…</translation>
    </message>
    <message>
        <source>Send at a date and time you choose</source>
        <translation>Zu einem Zeitpunkt Ihrer Wahl senden</translation>
    </message>
    <message>
        <source>Schedule message</source>
        <translation>Nachricht planen</translation>
    </message>
    <message>
        <source>Send urgent</source>
        <translation>Dringend senden</translation>
    </message>
    <message>
        <source>Sent at once, even inside the recipient&apos;s quiet hours</source>
        <translation>Wird sofort gesendet, auch während der Ruhezeiten des Empfängers</translation>
    </message>
</context>
<context>
    <name>smsdesk::ConnectionTester</name>
    <message>
        <source>The phone did not answer within %1 s. Check the address and that the phone is on the same network.</source>
        <translation>Das Telefon hat nicht innerhalb von %1 s geantwortet. Prüfen Sie die Adresse und ob das Telefon im selben Netzwerk ist.</translation>
    </message>
    <message>
        <source>The gateway refused the credentials (HTTP %1). Check user and password or the API key.</source>
        <translation>Das Gateway hat die Zugangsdaten abgelehnt (HTTP %1). Prüfen Sie Benutzer und Passwort oder den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Could not reach the gateway: %1</source>
        <translation>Gateway nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The gateway answered HTTP %1.</source>
        <translation>Das Gateway antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Unknown gateway type &quot;%1&quot;.</source>
        <translation>Unbekannter Gateway-Typ „%1“.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Kontakt anlegen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>First and last name, unless you write another here</source>
        <translation>Vor- und Nachname, außer Sie schreiben hier etwas anderes</translation>
    </message>
    <message>
        <source>e.g. regulars, newsletter</source>
        <translation>z. B. Stammkunden, Newsletter</translation>
    </message>
    <message>
        <source>order_no: A-17</source>
        <translation>order_no: A-17</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>Angezeigt &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Nummern:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Fi&amp;elds:</source>
        <translation>F&amp;elder:</translation>
    </message>
    <message>
        <source>One per line; saved texts fill them in, e.g. {order_no}.</source>
        <translation>Eins pro Zeile; Textbausteine setzen sie ein, z. B. {order_no}.</translation>
    </message>
    <message>
        <source>Fields, line %1: write a name of letters, digits, _ or -, a colon and the value, e.g. “order_no: A-17”.</source>
        <translation>Felder, Zeile %1: einen Namen aus Buchstaben, Ziffern, _ oder -, einen Doppelpunkt und den Wert schreiben, z. B. „order_no: A-17“.</translation>
    </message>
    <message>
        <source>A contact needs at least one number.</source>
        <translation>Ein Kontakt braucht mindestens eine Nummer.</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>Geben Sie dem Kontakt einen Namen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>e.g. newsletter (optional; commas between several)</source>
        <translation>z. B. Newsletter (optional; mehrere durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Groups for every imported contact</source>
        <translation>Gruppen für jeden importierten Kontakt</translation>
    </message>
    <message>
        <source>Contacts as they will be stored</source>
        <translation>Kontakte, wie sie gespeichert werden</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Ausgelassene Zeilen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a contact file may have up to %3 MB.</source>
        <translation>%1 ist %2 MB groß; eine Kontaktdatei darf höchstens %3 MB haben.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, columns separated by “%3”.</source>
        <translation>
            <numerusform>%1: %n Zeile, %2, Spalten getrennt durch „%3“.</numerusform>
            <numerusform>%1: %n Zeilen, %2, Spalten getrennt durch „%3“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) (vCard).</source>
        <translation>
            <numerusform>%1: %n Karte (vCard).</numerusform>
            <numerusform>%1: %n Karten (vCard).</numerusform>
        </translation>
    </message>
    <message>
        <source>What each column holds (guessed from its header):</source>
        <translation>Was jede Spalte enthält (aus ihrer Überschrift erraten):</translation>
    </message>
    <message>
        <source>Put &amp;every contact in:</source>
        <translation>&amp;Jeden Kontakt aufnehmen in:</translation>
    </message>
    <message>
        <source>Column “%1”</source>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Name (as shown)</source>
        <translation>Name (wie angezeigt)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Field {%1} for saved texts</source>
        <translation>Feld {%1} für Textbausteine</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1. Choose the column that holds the phone numbers.</source>
        <translation>%1. Wählen Sie die Spalte mit den Telefonnummern.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 rows</source>
        <translation>
            <numerusform>%n Kontakt aus %1 Zeilen</numerusform>
            <numerusform>%n Kontakte aus %1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 shown</source>
        <translation>die ersten %1 werden gezeigt</translation>
    </message>
    <message>
        <source>A number that is already a contact&apos;s adds to that contact.</source>
        <translation>Eine Nummer, die schon zu einem Kontakt gehört, ergänzt diesen Kontakt.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt importieren</numerusform>
            <numerusform>%n Kontakte importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), listed above: what does not read is left out</source>
        <translation>
            <numerusform>%n Problem, oben aufgeführt: was sich nicht lesen lässt, wird ausgelassen</numerusform>
            <numerusform>%n Probleme, oben aufgeführt: was sich nicht lesen lässt, wird ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactsPage</name>
    <message>
        <source>Import a file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Could not read the contacts: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the contact</source>
        <translation>Den Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the contact</source>
        <translation>Den Kontakt löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import contacts from a file</source>
        <translation>Kontakte aus einer Datei importieren</translation>
    </message>
    <message>
        <source>CSV from Google Contacts, Outlook or Excel, or vCards from a phone</source>
        <translation>CSV aus Google Kontakte, Outlook oder Excel, oder vCards von einem Telefon</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the contacts as CSV</source>
        <translation>Die Kontakte als CSV exportieren</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Import a file from Google Contacts, Outlook, Excel or a phone (CSV or vCard), or add a customer from a conversation. Names then show in place of numbers.</source>
        <translation>Importieren Sie eine Datei aus Google Kontakte, Outlook, Excel oder von einem Telefon (CSV oder vCard), oder legen Sie einen Kunden aus einer Unterhaltung an. Dann erscheinen Namen statt Nummern.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Conversations with the number stay; they show the number again.</source>
        <translation>„%1“ löschen? Unterhaltungen mit der Nummer bleiben; sie zeigen wieder die Nummer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The contact was not deleted: %1</source>
        <translation>Der Kontakt wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new contact(s); %1 added to contacts you had.</source>
        <translation>
            <numerusform>%n neuer Kontakt importiert; %1 zu vorhandenen Kontakten hinzugefügt.</numerusform>
            <numerusform>%n neue Kontakte importiert; %1 zu vorhandenen Kontakten hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontakte</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported; choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde nichts exportiert; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ConversationsPage</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Cannot read the message history: %1</source>
        <translation>Der Nachrichtenverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Search number or text (Ctrl+F)</source>
        <translation>Nummer oder Text suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung (Strg+N)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Liste der Unterhaltungen</translation>
    </message>
    <message>
        <source>No messages yet — write the first one below.</source>
        <translation>Noch keine Nachrichten – schreiben Sie unten die erste.</translation>
    </message>
    <message>
        <source>%1 · via %2</source>
        <translation>%1 · über %2</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>No phones yet</source>
        <translation>Noch keine Telefone</translation>
    </message>
    <message>
        <source>Smsdesk sends your messages through your own Android phones. Add one to start, or try demo mode with two simulated phones.</source>
        <translation>Smsdesk sendet Ihre Nachrichten über Ihre eigenen Android-Telefone. Fügen Sie eines hinzu oder probieren Sie den Demomodus mit zwei simulierten Telefonen.</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Demomodus ausprobieren</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <source>Messages you send and the replies you receive appear here, one thread per number.</source>
        <translation>Hier erscheinen Ihre gesendeten Nachrichten und die Antworten darauf, ein Verlauf pro Nummer.</translation>
    </message>
    <message>
        <source>Pick a conversation</source>
        <translation>Unterhaltung auswählen</translation>
    </message>
    <message>
        <source>Choose one on the left, or start a new one with Ctrl+N.</source>
        <translation>Wählen Sie links eine aus oder beginnen Sie mit Strg+N eine neue.</translation>
    </message>
    <message>
        <source>No phone is set up yet: the message waits in the queue until you add one.</source>
        <translation>Noch kein Telefon eingerichtet: Die Nachricht wartet in der Warteschlange, bis Sie eines hinzufügen.</translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation>Erneuter Versuch nicht möglich: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Nachrichten: %1</translation>
    </message>
    <message>
        <source>Type the number above and press Enter.</source>
        <translation>Geben Sie oben die Nummer ein und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt anlegen</translation>
    </message>
    <message>
        <source>Change this customer&apos;s name, numbers, groups or fields</source>
        <translation>Name, Nummern, Gruppen oder Felder dieses Kunden ändern</translation>
    </message>
    <message>
        <source>Save this number as a contact, with a name</source>
        <translation>Diese Nummer als Kontakt mit Namen speichern</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Every message waiting for its time: open, change or cancel it</source>
        <translation>Alle Nachrichten, die auf ihren Zeitpunkt warten: öffnen, ändern oder zurückziehen</translation>
    </message>
    <message>
        <source>Scheduled messages</source>
        <translation>Geplante Nachrichten</translation>
    </message>
    <message>
        <source>Export messages to a CSV file: every conversation, or a period</source>
        <translation>Nachrichten in eine CSV-Datei exportieren: alle Unterhaltungen oder ein Zeitraum</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Diese Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>This conversation&apos;s messages to a CSV file</source>
        <translation>Die Nachrichten dieser Unterhaltung in eine CSV-Datei</translation>
    </message>
    <message>
        <source>That message is no longer in this conversation.</source>
        <translation>Diese Nachricht ist nicht mehr in dieser Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Im Versand</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Heute gesendet</translation>
    </message>
    <message>
        <source>Delivery rate today</source>
        <translation>Zustellquote heute</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Median time to send</source>
        <translation>Sendedauer (Median)</translation>
    </message>
    <message>
        <source>Messages per minute, last hour</source>
        <translation>Nachrichten pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Queue, last hour</source>
        <translation>Warteschlange, letzte Stunde</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Queued and sending</source>
        <translation>Wartend und im Versand</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>No phones yet</source>
        <translation>Noch keine Telefone</translation>
    </message>
    <message>
        <source>Messages wait in the queue until a phone can send them.</source>
        <translation>Nachrichten warten in der Warteschlange, bis ein Telefon sie senden kann.</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation>Die Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sent messages were reported delivered.</source>
        <translation>%1 von %2 gesendeten Nachrichten wurden als zugestellt gemeldet.</translation>
    </message>
    <message>
        <source>Nothing sent today yet.</source>
        <translation>Heute wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Messages that could not be sent; review them.</source>
        <translation>Nachrichten, die nicht gesendet werden konnten; bitte prüfen.</translation>
    </message>
    <message>
        <source>From queued to accepted by the gateway, today.</source>
        <translation>Von der Warteschlange bis zur Annahme durch das Gateway, heute.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeadLetterModel</name>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Removed phone</source>
        <translation>Entferntes Telefon</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Aufgegeben am</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeadLettersPage</name>
    <message>
        <source>Dead letters</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>No dead letters</source>
        <translation>Keine nicht gesendeten Nachrichten</translation>
    </message>
    <message>
        <source>Messages that could not be sent after every retry land here, with the reason. You can fix and resend them.</source>
        <translation>Nachrichten, die auch nach allen Wiederholungen nicht gesendet werden konnten, landen hier mit dem Grund. Sie können sie korrigieren und erneut senden.</translation>
    </message>
    <message>
        <source>Could not read the dead letters: %1</source>
        <translation>Die nicht gesendeten Nachrichten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Requeue</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Edit and requeue…</source>
        <translation>&amp;Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Requeue all matching</source>
        <translation>Alle Treffer erneut senden</translation>
    </message>
    <message>
        <source>Delete all matching…</source>
        <translation>Alle Treffer löschen…</translation>
    </message>
    <message>
        <source>Requeueing…</source>
        <translation>Wird wieder eingereiht…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again.</source>
        <translation>
            <numerusform>%n Nachricht wieder in der Warteschlange.</numerusform>
            <numerusform>%n Nachrichten wieder in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n Nachricht gelöscht.</numerusform>
            <numerusform>%n Nachrichten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search number or text</source>
        <translation>Nummer oder Text suchen</translation>
    </message>
    <message>
        <source>Search dead letters</source>
        <translation>Nicht gesendete Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>All matching</source>
        <translation>Alle Treffer</translation>
    </message>
    <message>
        <source>Actions on all matching messages</source>
        <translation>Aktionen für alle gefundenen Nachrichten</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>The message is queued again.</source>
        <translation>Die Nachricht ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>Delete dead letters</source>
        <translation>Nicht gesendete Nachrichten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) and their history? This cannot be undone.</source>
        <translation>
            <numerusform>%n Nachricht und ihren Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Nachrichten und ihren Verlauf löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>Angehalten. </translation>
    </message>
    <message>
        <source>Export dead letters</source>
        <translation>Nicht gesendete Nachrichten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 messages exported to %2.</source>
        <translation>%1 Nachrichten nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DemoEnvironment</name>
    <message>
        <source>Demo phone %1</source>
        <translation>Demotelefon %1</translation>
    </message>
    <message>
        <source>The demo phones could not start on 127.0.0.1.</source>
        <translation>Die Demotelefone konnten auf 127.0.0.1 nicht starten.</translation>
    </message>
    <message>
        <source>Your parcel is waiting for you at the front desk.</source>
        <translation>Ihr Paket liegt für Sie am Empfang bereit.</translation>
    </message>
    <message>
        <source>Spring sale: 20% off everything this weekend! Reply STOP to opt out.</source>
        <translation>Frühlingsaktion: 20 % auf alles an diesem Wochenende! Antworten Sie STOP, um sich abzumelden.</translation>
    </message>
    <message>
        <source>Reminder: your appointment is tomorrow at 10:00.</source>
        <translation>Erinnerung: Ihr Termin ist morgen um 10:00 Uhr.</translation>
    </message>
    <message>
        <source>Weekend opening hours</source>
        <translation>Öffnungszeiten am Wochenende</translation>
    </message>
    <message>
        <source>We are open on Saturday and Sunday from 10:00 to 16:00. See you soon!</source>
        <translation>Wir haben am Samstag und Sonntag von 10:00 bis 16:00 Uhr geöffnet. Bis bald!</translation>
    </message>
    <message>
        <source>demo customers</source>
        <translation>Demokunden</translation>
    </message>
</context>
<context>
    <name>smsdesk::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeviceEditDialog</name>
    <message>
        <source>SMS Gateway for Android — local server</source>
        <translation>SMS Gateway for Android – lokaler Server</translation>
    </message>
    <message>
        <source>SMS Gateway for Android — cloud server</source>
        <translation>SMS Gateway for Android – Cloud-Server</translation>
    </message>
    <message>
        <source>MySMSGate</source>
        <translation>MySMSGate</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>e.g. Shop phone</source>
        <translation>z. B. Ladentelefon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Device id at the gateway (optional)</source>
        <translation>Geräte-ID beim Gateway (optional)</translation>
    </message>
    <message>
        <source>Remote device id</source>
        <translation>Geräte-ID beim Gateway</translation>
    </message>
    <message>
        <source>&amp;Remote id:</source>
        <translation>Geräte-&amp;ID:</translation>
    </message>
    <message>
        <source>SIM slot</source>
        <translation>SIM-Steckplatz</translation>
    </message>
    <message>
        <source>Phone default</source>
        <translation>Standard des Telefons</translation>
    </message>
    <message>
        <source>&amp;SIM slot:</source>
        <translation>&amp;SIM-Steckplatz:</translation>
    </message>
    <message>
        <source>SMS per minute</source>
        <translation>SMS pro Minute</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>SMS per day</source>
        <translation>SMS pro Tag</translation>
    </message>
    <message>
        <source> per day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>No daily cap</source>
        <translation>Kein Tageslimit</translation>
    </message>
    <message>
        <source>Counted in SMS segments; many tariffs limit SMS per day.</source>
        <translation>Gezählt in SMS-Teilen; viele Tarife begrenzen die SMS pro Tag.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in Smsdesk&apos;s files.</source>
        <translation>Werden im Schlüsselbund des Systems gespeichert, nie in den Dateien von Smsdesk.</translation>
    </message>
    <message>
        <source>Credentials cannot be saved: %1</source>
        <translation>Die Zugangsdaten können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The address must start with http:// or https:// and name a host.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen und einen Host enthalten.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Battery %1%</source>
        <translation>Akku %1&#xa0;%</translation>
    </message>
    <message>
        <source>The phone list could not be read: %1</source>
        <translation>Die Telefonliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No phone with id &quot;%1&quot; on this account; took &quot;%2&quot;.</source>
        <translation>Kein Telefon mit der ID „%1“ in diesem Konto; „%2“ übernommen.</translation>
    </message>
    <message>
        <source>SIM %1</source>
        <translation>SIM %1</translation>
    </message>
    <message>
        <source>SIM %1 (%2)</source>
        <translation>SIM %1 (%2)</translation>
    </message>
    <message>
        <source>Phones on this account: %1.</source>
        <translation>Telefone in diesem Konto: %1.</translation>
    </message>
    <message>
        <source>Phone: %1.</source>
        <translation>Telefon: %1.</translation>
    </message>
    <message>
        <source>SIM cards: %1.</source>
        <translation>SIM-Karten: %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeviceModel</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline · seen %1</source>
        <translation>Offline · zuletzt gesehen: %1</translation>
    </message>
    <message>
        <source>No daily cap</source>
        <translation>Kein Tageslimit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not used for sending: %1</source>
        <translation>Wird nicht zum Senden verwendet: %1</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Zuletzt gesehen: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>SMS segments today; the daily limit resets at midnight.</source>
        <translation>SMS-Teile heute; das Tageslimit beginnt um Mitternacht neu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Akku</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Heute gesendet</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Restkontingent</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>smsdesk::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>No phones yet</source>
        <translation>Noch keine Telefone</translation>
    </message>
    <message>
        <source>Smsdesk sends through your own Android phones. Add one running the SMS gateway app, or try demo mode with two simulated phones.</source>
        <translation>Smsdesk sendet über Ihre eigenen Android-Telefone. Fügen Sie eines mit der SMS-Gateway-App hinzu oder probieren Sie den Demomodus mit zwei simulierten Telefonen.</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Demomodus ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Add phone…</source>
        <translation>Telefon &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Filter phones</source>
        <translation>Telefone filtern</translation>
    </message>
    <message>
        <source>Could not read the phones: %1</source>
        <translation>Die Telefone können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove phones</source>
        <translation>Telefone entfernen</translation>
    </message>
    <message>
        <source>Remove %1? Its credentials are deleted from the keychain; messages already sent keep their history.</source>
        <translation>%1 entfernen? Die Zugangsdaten werden aus dem Schlüsselbund gelöscht; bereits gesendete Nachrichten behalten ihren Verlauf.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n phones? Their credentials are deleted from the keychain.</source>
        <translation>
            <numerusform>%n Telefon entfernen? Die Zugangsdaten werden aus dem Schlüsselbund gelöscht.</numerusform>
            <numerusform>%n Telefone entfernen? Ihre Zugangsdaten werden aus dem Schlüsselbund gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>How &amp;replies arrive…</source>
        <translation>&amp;Wie Antworten ankommen…</translation>
    </message>
    <message>
        <source>Replies and delivery reports of %1 are read from the gateway&apos;s history every few seconds; there is nothing to set up.</source>
        <translation>Antworten und Zustellberichte von %1 werden alle paar Sekunden aus dem Verlauf des Gateways gelesen; es ist nichts einzurichten.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DisplayFormat</name>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>smsdesk::EditRequeueDialog</name>
    <message>
        <source>Edit and requeue</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>&amp;Requeue</source>
        <translation>&amp;Erneut senden</translation>
    </message>
</context>
<context>
    <name>smsdesk::EngineFacade</name>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message needs %1 SMS; at most %2 are allowed. Shorten it.</source>
        <translation>Die Nachricht braucht %1 SMS; erlaubt sind höchstens %2. Bitte kürzen.</translation>
    </message>
    <message>
        <source>The phone was saved, but its credentials were not: %1</source>
        <translation>Das Telefon wurde gespeichert, seine Zugangsdaten aber nicht: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is %1 MB; a contact file may have up to %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; eine Kontaktdatei darf höchstens %2 MB haben.</translation>
    </message>
    <message>
        <source>This intake was removed already.</source>
        <translation>Diese Quelle wurde schon entfernt.</translation>
    </message>
    <message>
        <source>Enter the address your app receives webhooks at.</source>
        <translation>Geben Sie die Adresse ein, an der Ihre Anwendung Webhooks empfängt.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address with a host name and no user name or password in it, such as https://example.com/hooks/sms.</source>
        <translation>Verwenden Sie eine http://- oder https://-Adresse mit Hostnamen, ohne Benutzernamen oder Passwort, etwa https://example.com/hooks/sms.</translation>
    </message>
    <message>
        <source>Tick at least one event the endpoint should receive.</source>
        <translation>Wählen Sie mindestens ein Ereignis, das der Endpunkt erhalten soll.</translation>
    </message>
    <message>
        <source>The description may have up to %1 characters.</source>
        <translation>Die Beschreibung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s signing secret cannot be kept on this computer, so nothing was added: %1</source>
        <translation>Das Signaturgeheimnis des Endpunkts kann auf diesem Computer nicht aufbewahrt werden, daher wurde nichts hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::EngineStatus</name>
    <message>
        <source>Engine status</source>
        <translation>Status von Smsdesk</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>Versandstatus</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Phones online</source>
        <translation>Telefone online</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Dispatching</source>
        <translation>Versand läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>Angehalten – %1</translation>
    </message>
    <message>
        <source>%1 queued · %2 sending</source>
        <translation>%1 wartend · %2 im Versand</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>No phones</source>
        <translation>Keine Telefone</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API aus</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>The local HTTP API is not running</source>
        <translation>Die lokale HTTP-API läuft nicht</translation>
    </message>
    <message>
        <source>Other programs send messages through http://%1</source>
        <translation>Andere Programme senden Nachrichten über http://%1</translation>
    </message>
    <message>
        <source>Phones online: %1 of %2</source>
        <translation>Telefone online: %1 von %2</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Smsdesk läuft</translation>
    </message>
    <message numerus="yes">
        <source>Queued messages are being sent through %n phone(s)</source>
        <translation>
            <numerusform>Wartende Nachrichten werden über %n Telefon gesendet</numerusform>
            <numerusform>Wartende Nachrichten werden über %n Telefone gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatching — at the phones&apos; per-minute limit</source>
        <translation>Versand läuft – Telefone am Limit pro Minute</translation>
    </message>
</context>
<context>
    <name>smsdesk::ErrorBanner</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>smsdesk::EventModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Handed to a phone</source>
        <translation>An ein Telefon übergeben</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Fehlgeschlagen, neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation>Wieder eingereiht</translation>
    </message>
    <message>
        <source>Not sent: no phone free</source>
        <translation>Nicht gesendet: kein Telefon frei</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>Report from the phone</source>
        <translation>Bericht vom Telefon</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Removed phone</source>
        <translation>Entferntes Telefon</translation>
    </message>
</context>
<context>
    <name>smsdesk::FirstRun</name>
    <message>
        <source>Could not start demo mode (%1). Start Smsdesk with --demo from a terminal instead.</source>
        <translation>Der Demomodus konnte nicht gestartet werden (%1). Starten Sie Smsdesk stattdessen im Terminal mit --demo.</translation>
    </message>
</context>
<context>
    <name>smsdesk::HistoryExportDialog</name>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>This conversation: %1</source>
        <translation>Diese Unterhaltung: %1</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Die letzten 7 Tage</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Die letzten 30 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Zwischen zwei Daten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Messages of:</source>
        <translation>Nachrichten aus:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>A CSV file with both directions, oldest first: time, direction, number, contact, text, status, phone.</source>
        <translation>Eine CSV-Datei mit beiden Richtungen, älteste zuerst: Zeit, Richtung, Nummer, Kontakt, Text, Status, Telefon.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages exported to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a “To” date on or after the “From” date.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein „Bis“-Datum am oder nach dem „Von“-Datum.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n messages written</source>
        <translation>
            <numerusform>%n Nachricht geschrieben</numerusform>
            <numerusform>%n Nachrichten geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>smsdesk::HourChart</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeDialog</name>
    <message>
        <source>Add intake</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit intake</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Smsdesk reads the messages your own programs put on a queue, sends them, and tells the queue only once each is safely stored.</source>
        <translation>Smsdesk liest die Nachrichten, die Ihre eigenen Programme in eine Warteschlange legen, versendet sie und bestätigt jede erst, wenn sie sicher gespeichert ist.</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>smsdesk and this computer&apos;s name</source>
        <translation>smsdesk und der Name dieses Computers</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Entries another reader took and did not finish are taken over after this long</source>
        <translation>Einträge, die ein anderer Leser genommen und nicht beendet hat, werden nach dieser Zeit übernommen</translation>
    </message>
    <message>
        <source>At most this many entries are read and not yet confirmed</source>
        <translation>Höchstens so viele Einträge werden gelesen und noch nicht bestätigt</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>&amp;Consumer group:</source>
        <translation>&amp;Consumer-Gruppe:</translation>
    </message>
    <message>
        <source>Co&amp;nsumer name:</source>
        <translation>Co&amp;nsumer-Name:</translation>
    </message>
    <message>
        <source>&amp;Take over after:</source>
        <translation>Ü&amp;bernehmen nach:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>&amp;Read ahead:</source>
        <translation>&amp;Vorauslesen:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Connect once and see what is there; nothing is read</source>
        <translation>Einmal verbinden und nachsehen, was da ist; nichts wird gelesen</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeHost</name>
    <message>
        <source>Turned off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Reading the password</source>
        <translation>Passwort wird gelesen</translation>
    </message>
    <message>
        <source>This version cannot read from %1.</source>
        <translation>Diese Version kann nicht aus %1 lesen.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeModel</name>
    <message>
        <source>Intake</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Lag (p99)</source>
        <translation>Verzug (p99)</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeSource</name>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeStrip</name>
    <message>
        <source>Intake</source>
        <translation>Eingang</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakesSection</name>
    <message>
        <source>Programs that already put messages on Redis, RabbitMQ or Amazon SQS can keep doing so: Smsdesk reads each queue below, sends what it finds, and confirms an entry to the queue only once it is stored. Entries it cannot read go to Dead letters, whole.</source>
        <translation>Programme, die Nachrichten schon in Redis, RabbitMQ oder Amazon SQS ablegen, können dabei bleiben: Smsdesk liest jede Warteschlange unten, versendet, was es findet, und bestätigt einen Eintrag erst, wenn er gespeichert ist. Einträge, die es nicht lesen kann, landen vollständig unter „Nicht gesendet“.</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Could not read the intakes: %1</source>
        <translation>Die Eingänge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Remove intake</source>
        <translation>Eingang entfernen</translation>
    </message>
    <message>
        <source>Stop reading “%1” and forget it? Entries still on the queue stay there.</source>
        <translation>„%1“ nicht mehr lesen und vergessen? Einträge in der Warteschlange bleiben dort.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>smsdesk::MainWindow</name>
    <message>
        <source>Smsdesk</source>
        <translation>Smsdesk</translation>
    </message>
    <message>
        <source>This page is not available in this build.</source>
        <translation>Diese Seite ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Die Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A phone</source>
        <translation>Ein Telefon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Phone needs attention</source>
        <translation>Telefon erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Open Devices</source>
        <translation>Geräte öffnen</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Nachricht nicht gesendet</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>An %1: %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Smsdesk — %1</source>
        <translation>Smsdesk — %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageDetailPane</name>
    <message>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>Select a message to see what happened to it.</source>
        <translation>Wählen Sie eine Nachricht aus, um zu sehen, was mit ihr geschehen ist.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Nachrichtenverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n Nachricht ausgewählt.</numerusform>
            <numerusform>%n Nachrichten ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) · %1 · %2 SMS, %3</source>
        <translation>
            <numerusform>%n Versuch · %1 · %2 SMS, %3</numerusform>
            <numerusform>%n Versuche · %1 · %2 SMS, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Entry as the broker gave it</source>
        <translation>Eintrag, wie der Broker ihn geliefert hat</translation>
    </message>
    <message>
        <source>From %1, entry %2, as it came:</source>
        <translation>Von %1, Eintrag %2, wie er ankam:</translation>
    </message>
    <message>
        <source>… (%1 more bytes not shown)</source>
        <translation>… (%1 weitere Bytes nicht angezeigt)</translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageNotifier</name>
    <message numerus="yes">
        <source>%n new messages from %1</source>
        <translation>
            <numerusform>%n neue Nachricht von %1</numerusform>
            <numerusform>%n neue Nachrichten von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from %1 people</source>
        <translation>
            <numerusform>%n neue Nachricht von %1 Personen</numerusform>
            <numerusform>%n neue Nachrichten von %1 Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageSearchList</name>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No messages contain “%1”.</source>
        <translation>Keine Nachricht enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Messages: the newest %n</source>
        <translation>
            <numerusform>Nachrichten: die %n neueste</numerusform>
            <numerusform>Nachrichten: die %n neuesten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages: %n found</source>
        <translation>
            <numerusform>Nachrichten: %n gefunden</numerusform>
            <numerusform>Nachrichten: %n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The search was long: only its start was searched.</source>
        <translation>Der Suchtext war lang: Nur sein Anfang wurde gesucht.</translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageSearchModel</name>
    <message>
        <source>To %1: %2</source>
        <translation>An %1: %2</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Von %1: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>e.g. Spring sale</source>
        <translation>z. B. Frühjahrsaktion</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <source>Every message as it will be sent</source>
        <translation>Jede Nachricht, wie sie gesendet wird</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Queue campaign</source>
        <translation>Kampagne in die &amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Preview — nothing is queued until you click Queue campaign:</source>
        <translation>Vorschau – nichts kommt in die Warteschlange, bevor Sie auf „Kampagne in die Warteschlange“ klicken:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>A contact &amp;group</source>
        <translation>Eine Kontakt&amp;gruppe</translation>
    </message>
    <message>
        <source>A CSV &amp;file</source>
        <translation>Eine CSV-&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Pasted numbers</source>
        <translation>&amp;Eingefügte Nummern</translation>
    </message>
    <message>
        <source>Contact group</source>
        <translation>Kontaktgruppe</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Noch keine Datei.</translation>
    </message>
    <message>
        <source>Column with the numbers</source>
        <translation>Spalte mit den Nummern</translation>
    </message>
    <message>
        <source>Numbers in:</source>
        <translation>Nummern in:</translation>
    </message>
    <message>
        <source>One number a line, or several apart by commas</source>
        <translation>Eine Nummer pro Zeile oder mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Pasted numbers</source>
        <translation>Eingefügte Nummern</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Saved text</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>Campaign text</source>
        <translation>Kampagnentext</translation>
    </message>
    <message>
        <source>Hi {first_name|there}, …  Fields: {first_name}, {name}, a CSV column&apos;s name</source>
        <translation>Hallo {first_name|there}, …  Felder: {first_name}, {name}, der Name einer CSV-Spalte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>&amp;Jetzt starten</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>Starten &amp;um:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>As fast as the phones allow</source>
        <translation>So schnell, wie die Telefone es erlauben</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>Messages a minute</source>
        <translation>Nachrichten pro Minute</translation>
    </message>
    <message>
        <source>Messages a minute; the phones&apos; own limits still hold.</source>
        <translation>Nachrichten pro Minute; die eigenen Limits der Telefone gelten weiterhin.</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n Kontakt)</numerusform>
            <numerusform>%1 (%n Kontakte)</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet: put contacts in a group on the Contacts page</source>
        <translation>Noch keine Gruppen: Ordnen Sie Kontakte auf der Seite „Kontakte“ einer Gruppe zu</translation>
    </message>
    <message>
        <source>Saved text…</source>
        <translation>Textbaustein…</translation>
    </message>
    <message>
        <source>Recipients from a CSV file</source>
        <translation>Empfänger aus einer CSV-Datei</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not read as CSV: %2</source>
        <translation>%1 lässt sich nicht als CSV lesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation>Wählen Sie eine Gruppe.</translation>
    </message>
    <message>
        <source>Open a CSV file.</source>
        <translation>Öffnen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Wählen Sie die Spalte mit den Telefonnummern.</translation>
    </message>
    <message>
        <source>Choose the recipients.</source>
        <translation>Wählen Sie die Empfänger.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>pasted numbers</source>
        <translation>eingefügte Nummern</translation>
    </message>
    <message>
        <source>Paste or type the numbers to text.</source>
        <translation>Fügen Sie die Empfängernummern ein oder tippen Sie sie ein.</translation>
    </message>
    <message>
        <source>Nobody to text.</source>
        <translation>Keine Empfänger.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s). Write the text (or pick a saved one) to see every message.</source>
        <translation>
            <numerusform>%n Empfänger. Schreiben Sie den Text (oder wählen Sie einen Textbaustein), um jede Nachricht zu sehen.</numerusform>
            <numerusform>%n Empfänger. Schreiben Sie den Text (oder wählen Sie einen Textbaustein), um jede Nachricht zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text cannot be sent: %1</source>
        <translation>Der Text kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Fix the text to see the messages.</source>
        <translation>Korrigieren Sie den Text, um die Nachrichten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht in die &amp;Warteschlange</numerusform>
            <numerusform>%n Nachrichten in die &amp;Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the campaign a name first</source>
        <translation>Geben Sie der Kampagne zuerst einen Namen</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>Nichts wurde in die Warteschlange gestellt: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::NewConversationBar</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Phone number, e.g. +49 30 1234567</source>
        <translation>Telefonnummer, z. B. +49 30 1234567</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Nummernprüfung</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancel new conversation</source>
        <translation>Neue Unterhaltung abbrechen</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1.</source>
        <translation>Nummern ohne Ländervorwahl gelten als Nummern in %1.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::OptOutBar</name>
    <message>
        <source>Lift opt-out…</source>
        <translation>Abmeldung aufheben…</translation>
    </message>
    <message>
        <source>Only when the customer asked to hear from you again</source>
        <translation>Nur wenn der Kunde wieder Nachrichten von Ihnen erhalten möchte</translation>
    </message>
    <message>
        <source>Opt out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Put this number on the opt-out list: nothing more is sent to it</source>
        <translation>Diese Nummer auf die Abmeldeliste setzen: Es wird nichts mehr an sie gesendet</translation>
    </message>
    <message>
        <source>%1 opted out on %2 by writing “%3”.</source>
        <translation>%1 hat sich am %2 mit „%3“ abgemeldet.</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list by hand on %2.</source>
        <translation>%1 wurde am %2 von Hand auf die Abmeldeliste gesetzt.</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list by hand on %2: %3</source>
        <translation>%1 wurde am %2 von Hand auf die Abmeldeliste gesetzt: %3</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list through the API on %2.</source>
        <translation>%1 wurde am %2 über die API auf die Abmeldeliste gesetzt.</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list through the API on %2: %3</source>
        <translation>%1 wurde am %2 über die API auf die Abmeldeliste gesetzt: %3</translation>
    </message>
    <message>
        <source>Nothing can be sent to this number until they write START or the opt-out is lifted.</source>
        <translation>An diese Nummer kann nichts gesendet werden, bis der Kunde START schreibt oder die Abmeldung aufgehoben wird.</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Put %1 on the opt-out list? Nothing more will be sent to this number, and what waits to be sent is cancelled.

Note (optional, e.g. “asked on the phone”):</source>
        <translation>%1 auf die Abmeldeliste setzen? An diese Nummer wird nichts mehr gesendet, und was noch auf den Versand wartet, wird zurückgezogen.

Notiz (optional, z. B. „am Telefon gewünscht“):</translation>
    </message>
    <message>
        <source>Could not add the number: %1</source>
        <translation>Die Nummer konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Lift opt-out</source>
        <translation>Abmeldung aufheben</translation>
    </message>
    <message>
        <source>Lift the opt-out of %1? Do this only when they asked to hear from you again. Messages cancelled while they were opted out stay cancelled.</source>
        <translation>Die Abmeldung von %1 aufheben? Tun Sie das nur, wenn der Kunde wieder Nachrichten von Ihnen erhalten möchte. Nachrichten, die während der Abmeldung zurückgezogen wurden, bleiben zurückgezogen.</translation>
    </message>
    <message>
        <source>Could not lift it: %1</source>
        <translation>Die Abmeldung konnte nicht aufgehoben werden: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::OptOutsSection</name>
    <message>
        <source>wrote “%1”</source>
        <translation>schrieb „%1“</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>by hand: %1</source>
        <translation>von Hand: %1</translation>
    </message>
    <message>
        <source>through the API</source>
        <translation>über die API</translation>
    </message>
    <message>
        <source>through the API: %1</source>
        <translation>über die API: %1</translation>
    </message>
    <message>
        <source>Nothing is sent to a number on this list. A customer who writes STOP (or STOPP, BAJA, ARRÊT, UNSUBSCRIBE…) is put on it at once and what waited for them is cancelled; START takes them off.</source>
        <translation>An Nummern auf dieser Liste wird nichts gesendet. Ein Kunde, der STOP (oder STOPP, BAJA, ARRÊT, UNSUBSCRIBE…) schreibt, kommt sofort auf die Liste, und was für ihn noch wartete, wird zurückgezogen; START nimmt ihn wieder herunter.</translation>
    </message>
    <message>
        <source>Search by number or name</source>
        <translation>Nach Nummer oder Name suchen</translation>
    </message>
    <message>
        <source>Search the opt-out list</source>
        <translation>Abmeldeliste durchsuchen</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Abmeldeliste</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Aufheben…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Answer STOP with:</source>
        <translation>Auf STOP antworten mit:</translation>
    </message>
    <message>
        <source>Answer to STOP</source>
        <translation>Antwort auf STOP</translation>
    </message>
    <message>
        <source>Answer START with:</source>
        <translation>Auf START antworten mit:</translation>
    </message>
    <message>
        <source>Answer to START</source>
        <translation>Antwort auf START</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>Die Liste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nobody has opted out.</source>
        <translation>Niemand hat sich abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n numbers; Export CSV… has them all.</source>
        <translation>
            <numerusform>Die neuesten %1 von %n Nummer; „CSV exportieren…“ enthält alle.</numerusform>
            <numerusform>Die neuesten %1 von %n Nummern; „CSV exportieren…“ enthält alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the list.</source>
        <translation>
            <numerusform>%n Nummer auf der Liste.</numerusform>
            <numerusform>%n Nummern auf der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>You will get no more messages from us. Reply START to hear from us again.</source>
        <translation>Sie erhalten keine Nachrichten mehr von uns. Antworten Sie START, um wieder von uns zu hören.</translation>
    </message>
    <message>
        <source>Welcome back! You will hear from us again. Reply STOP to opt out.</source>
        <translation>Willkommen zurück! Sie hören wieder von uns. Antworten Sie STOP, um sich abzumelden.</translation>
    </message>
    <message>
        <source>The answers to STOP and START are saved for every desk.</source>
        <translation>Die Antworten auf STOP und START wurden für alle Arbeitsplätze gespeichert.</translation>
    </message>
    <message>
        <source>The answers were not saved: %1</source>
        <translation>Die Antworten wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Add to the opt-out list</source>
        <translation>Zur Abmeldeliste hinzufügen</translation>
    </message>
    <message>
        <source>Phone number (nothing more will be sent to it):</source>
        <translation>Telefonnummer (es wird nichts mehr an sie gesendet):</translation>
    </message>
    <message>
        <source>Note (optional, e.g. “asked on the phone”):</source>
        <translation>Notiz (optional, z. B. „am Telefon gewünscht“):</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Export the opt-out list</source>
        <translation>Abmeldeliste exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported; choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde nichts exportiert; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::PairingDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Replies and delivery reports are fetched from the phone every %1 s; nothing to set up on the phone.</source>
        <translation>Antworten und Zustellberichte werden alle %1 s vom Telefon abgerufen; auf dem Telefon ist nichts einzurichten.</translation>
    </message>
    <message>
        <source>Webhooks registered on the phone (to %1): replies and delivery reports arrive at once. They are also fetched every %2 s, in case one is missed.</source>
        <translation>Webhooks auf dem Telefon registriert (an %1): Antworten und Zustellberichte kommen sofort an. Zusätzlich werden sie alle %2 s abgerufen, falls etwas verloren geht.</translation>
    </message>
    <message>
        <source>Smsdesk is registering its webhooks on the phone (to %1). Until then replies and delivery reports are fetched every %2 s.</source>
        <translation>Smsdesk registriert seine Webhooks auf dem Telefon (an %1). Bis dahin werden Antworten und Zustellberichte alle %2 s abgerufen.</translation>
    </message>
    <message>
        <source>The webhooks could not be registered on the phone: %1. Replies and delivery reports are fetched every %2 s meanwhile; Smsdesk tries again every minute.</source>
        <translation>Die Webhooks konnten nicht auf dem Telefon registriert werden: %1. Bis dahin werden Antworten und Zustellberichte alle %2 s abgerufen; Smsdesk versucht es jede Minute erneut.</translation>
    </message>
    <message>
        <source>The SMSGate server cannot list received SMS (its inbox answers HTTP 501), so customer replies reach Smsdesk only by webhook. Delivery reports are fetched from the server.</source>
        <translation>Der SMSGate-Server kann empfangene SMS nicht auflisten (sein Posteingang antwortet mit HTTP 501), daher erreichen Kundenantworten Smsdesk nur per Webhook. Zustellberichte werden vom Server abgerufen.</translation>
    </message>
    <message>
        <source>To get replies, start Smsdesk with a gateway listener at a public https:// address (--gateway-listen with --gateway-cert and --gateway-key, or --gateway-url behind a tunnel); it then registers the webhooks itself.</source>
        <translation>Um Antworten zu erhalten, starten Sie Smsdesk mit einem Gateway-Listener unter einer öffentlichen https://-Adresse (--gateway-listen mit --gateway-cert und --gateway-key, oder --gateway-url hinter einem Tunnel); Smsdesk registriert die Webhooks dann selbst.</translation>
    </message>
    <message>
        <source>Webhooks registered at the server (to %1). The server cannot set the phones&apos; signing key: in the app on each phone, open Settings, Webhooks, Signing key, and enter the secret below.</source>
        <translation>Webhooks beim Server registriert (an %1). Der Server kann den Signaturschlüssel der Telefone nicht setzen: Öffnen Sie in der App auf jedem Telefon „Settings“, „Webhooks“, „Signing key“ und geben Sie das Geheimnis unten ein.</translation>
    </message>
    <message>
        <source>The webhooks could not be registered: %1. Smsdesk tries again every minute.</source>
        <translation>Die Webhooks konnten nicht registriert werden: %1. Smsdesk versucht es jede Minute erneut.</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>noch nicht versucht</translation>
    </message>
    <message>
        <source>Replies from %1</source>
        <translation>Antworten von %1</translation>
    </message>
    <message>
        <source>How replies arrive</source>
        <translation>Wie Antworten ankommen</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
</context>
<context>
    <name>smsdesk::QuietHoursSection</name>
    <message>
        <source>Hold messages during &amp;quiet hours</source>
        <translation>Nachrichten während der &amp;Ruhezeiten zurückhalten</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>no exemption</source>
        <translation>keine Ausnahme</translation>
    </message>
    <message>
        <source>Replies exempt within minutes of the customer&apos;s message</source>
        <translation>Ausnahme für Antworten innerhalb von Minuten nach der Nachricht des Kunden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;time:</source>
        <translation>Ortszeit des &amp;Empfängers:</translation>
    </message>
    <message>
        <source>&amp;Replies exempt within:</source>
        <translation>&amp;Antworten ausgenommen innerhalb von:</translation>
    </message>
    <message>
        <source>Quiet hours: “%1” is not a time; write the start as hours and minutes, e.g. 21:00.</source>
        <translation>Ruhezeiten: „%1“ ist keine Uhrzeit; geben Sie den Beginn in Stunden und Minuten an, z. B. 21:00.</translation>
    </message>
    <message>
        <source>Quiet hours: “%1” is not a time; write the end as hours and minutes, e.g. 08:00.</source>
        <translation>Ruhezeiten: „%1“ ist keine Uhrzeit; geben Sie das Ende in Stunden und Minuten an, z. B. 08:00.</translation>
    </message>
    <message>
        <source>Quiet hours: the end must differ from the start.</source>
        <translation>Ruhezeiten: Das Ende muss sich vom Beginn unterscheiden.</translation>
    </message>
    <message>
        <source>Messages not marked urgent wait from %1 to %2 in the recipient&apos;s time zone (from the number; your own where the number does not tell), campaigns and retries included.</source>
        <translation>Nicht als dringend markierte Nachrichten warten von %1 bis %2 in der Zeitzone des Empfängers (aus der Nummer ermittelt; Ihre eigene, wenn die Nummer keine erkennen lässt), auch Kampagnen und Wiederholungen.</translation>
    </message>
    <message>
        <source>Off: messages are sent at any hour.</source>
        <translation>Aus: Nachrichten werden zu jeder Uhrzeit gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>A reply written within %n minute(s) of the customer&apos;s own message is sent at once.</source>
        <translation>
            <numerusform>Eine Antwort, die innerhalb von %n Minute nach der Nachricht des Kunden geschrieben wird, wird sofort gesendet.</numerusform>
            <numerusform>Eine Antwort, die innerhalb von %n Minuten nach der Nachricht des Kunden geschrieben wird, wird sofort gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::RabbitMqIntake</name>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>Reading queue %1 on RabbitMQ %2 (read ahead %3)</source>
        <translation>Warteschlange %1 auf RabbitMQ %2 wird gelesen (Vorauslesen %3)</translation>
    </message>
    <message>
        <source>the connection to RabbitMQ was lost (%1)</source>
        <translation>die Verbindung zu RabbitMQ ist abgebrochen (%1)</translation>
    </message>
    <message>
        <source>%1; RabbitMQ is blocking publishers (%2)</source>
        <translation>%1; RabbitMQ nimmt gerade keine neuen Nachrichten an (%2)</translation>
    </message>
    <message>
        <source>RabbitMQ cancelled the consumer (was queue %1 deleted?)</source>
        <translation>RabbitMQ hat den Consumer beendet (wurde die Warteschlange %1 gelöscht?)</translation>
    </message>
    <message>
        <source>RabbitMQ closed the channel: %1</source>
        <translation>RabbitMQ hat den Kanal geschlossen: %1</translation>
    </message>
    <message>
        <source>RabbitMQ closed the connection: %1</source>
        <translation>RabbitMQ hat die Verbindung geschlossen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>Die Smsdesk-Datenbank hat %n Nachricht nicht angenommen (%1); neuer Versuch in %2 s</numerusform>
            <numerusform>Die Smsdesk-Datenbank hat %n Nachrichten nicht angenommen (%1); neuer Versuch in %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message numerus="yes">
        <source>RabbitMQ %1: queue %2 has %n message(s), %3 consumer(s)</source>
        <translation>
            <numerusform>RabbitMQ %1: Warteschlange %2 hat %n Nachricht, Consumer: %3</numerusform>
            <numerusform>RabbitMQ %1: Warteschlange %2 hat %n Nachrichten, Consumer: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>RabbitMQ %1: no queue %2 yet; the intake declares it durable when it starts</source>
        <translation>RabbitMQ %1: noch keine Warteschlange %2; der Eingang legt sie beim Start dauerhaft an</translation>
    </message>
</context>
<context>
    <name>smsdesk::RedisConnection</name>
    <message>
        <source>not connected to Redis at %1</source>
        <translation>nicht mit Redis unter %1 verbunden</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 s</source>
        <translation>Redis unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>the connection to Redis at %1 was lost (%2)</source>
        <translation>die Verbindung zu Redis unter %1 ist abgebrochen (%2)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Arbeitsspeicher erschöpft</translation>
    </message>
    <message>
        <source>could not connect to Redis at %1: %2</source>
        <translation>Verbindung zu Redis unter %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Redis at %1 refused the password for user %2 (%3)</source>
        <translation>Redis unter %1 hat das Passwort für den Benutzer %2 abgelehnt (%3)</translation>
    </message>
    <message>
        <source>Redis at %1 has no database %2 (%3)</source>
        <translation>Redis unter %1 hat keine Datenbank %2 (%3)</translation>
    </message>
    <message>
        <source>Redis at %1 wants a password (%2); give it in the URL: redis://:password@host:port</source>
        <translation>Redis unter %1 verlangt ein Passwort (%2); geben Sie es in der URL an: redis://:password@host:port</translation>
    </message>
</context>
<context>
    <name>smsdesk::RedisIntake</name>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>Reading %1 as %2/%3 on Redis %4 (read ahead %5)</source>
        <translation>%1 wird als %2/%3 auf Redis %4 gelesen (Vorauslesen %5)</translation>
    </message>
    <message>
        <source>Redis refused to make group %1 on stream %2 (%3)</source>
        <translation>Redis hat das Anlegen der Gruppe %1 auf Stream %2 abgelehnt (%3)</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>Die Smsdesk-Datenbank hat %n Nachricht nicht angenommen (%1); neuer Versuch in %2 s</numerusform>
            <numerusform>Die Smsdesk-Datenbank hat %n Nachrichten nicht angenommen (%1); neuer Versuch in %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; Redis %2 cannot hand over a stopped desk&apos;s entries (XAUTOCLAIM needs 6.2)</source>
        <translation>%1; mit Redis %2 werden Einträge eines angehaltenen Arbeitsplatzes nicht übernommen (XAUTOCLAIM braucht 6.2)</translation>
    </message>
    <message>
        <source>Redis answered: %1</source>
        <translation>Redis antwortete: %1</translation>
    </message>
    <message>
        <source>%1; again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>Redis %1: no stream %2 yet; the intake makes it, and group %3, when it starts</source>
        <translation>Redis %1: noch kein Stream %2; der Eingang legt ihn und die Gruppe %3 beim Start an</translation>
    </message>
    <message>
        <source>Redis %1: %2 is not a stream (%3)</source>
        <translation>Redis %1: %2 ist kein Stream (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: stream %2 has %n entries, group %3 has %4 pending</source>
        <translation>
            <numerusform>Redis %1: Stream %2 hat %n Eintrag, Gruppe %3: %4 unbestätigt</numerusform>
            <numerusform>Redis %1: Stream %2 hat %n Einträge, Gruppe %3: %4 unbestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: stream %2 has %n entries; no group %3 yet, the intake makes it and reads the entries added from then on</source>
        <translation>
            <numerusform>Redis %1: Stream %2 hat %n Eintrag; noch keine Gruppe %3, der Eingang legt sie an und liest die Einträge, die ab dann hinzukommen</numerusform>
            <numerusform>Redis %1: Stream %2 hat %n Einträge; noch keine Gruppe %3, der Eingang legt sie an und liest die Einträge, die ab dann hinzukommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::SavedTextsSection</name>
    <message>
        <source>Saved texts</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Name of the saved text</source>
        <translation>Name des Textbausteins</translation>
    </message>
    <message>
        <source>e.g. Order ready</source>
        <translation>z. B. Bestellung fertig</translation>
    </message>
    <message>
        <source>Saved text</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>Hi {first_name}, your order is ready.</source>
        <translation>Hallo {first_name}, Ihre Bestellung ist fertig.</translation>
    </message>
    <message>
        <source>Placeholders: {first_name}, {last_name}, {name}, {phone}, a contact&apos;s own fields such as {order_no}, and a default after a bar: {first_name|there}.</source>
        <translation>Platzhalter: {first_name}, {last_name}, {name}, {phone}, eigene Felder eines Kontakts wie {order_no}, und ein Ersatz nach einem Strich: {first_name|zusammen}.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save text</source>
        <translation>Text &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Could not read the saved texts: %1</source>
        <translation>Die Textbausteine konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Ada</translation>
    </message>
    <message>
        <source>Lovelace</source>
        <translation>Lovelace</translation>
    </message>
    <message>
        <source>For %1: “%2” — %3</source>
        <translation>Für %1: „%2“ — %3</translation>
    </message>
    <message>
        <source>The text was not saved: %1</source>
        <translation>Der Text wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Delete saved text</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Messages already sent with it stay as they are.</source>
        <translation>„%1“ löschen? Damit bereits gesendete Nachrichten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The text was not deleted: %1</source>
        <translation>Der Text wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Left empty here: {%1}. A contact with such a field fills it in; give a default with a bar, e.g. {%2|…}, for customers without it.</source>
        <translation>Hier leer gelassen: {%1}. Ein Kontakt mit so einem Feld füllt es aus; für Kunden ohne es einen Ersatz nach einem Strich angeben, z. B. {%2|…}.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ScheduleDialog</name>
    <message>
        <source>Edit scheduled message</source>
        <translation>Geplante Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Send at (your time):</source>
        <translation>Sendezeit (Ihre Ortszeit):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>The recipient&apos;s country has several time zones; check the time is right for them.</source>
        <translation>Im Land des Empfängers gibt es mehrere Zeitzonen; prüfen Sie, ob die Uhrzeit dort passt.</translation>
    </message>
    <message>
        <source>The same time for the recipient (%1).</source>
        <translation>Dieselbe Uhrzeit für den Empfänger (%1).</translation>
    </message>
    <message>
        <source>%1 for the recipient (%2).</source>
        <translation>%1 für den Empfänger (%2).</translation>
    </message>
    <message>
        <source>Pick a time at least a minute from now.</source>
        <translation>Wählen Sie einen Zeitpunkt mindestens eine Minute in der Zukunft.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ScheduledListDialog</name>
    <message>
        <source>Scheduled messages</source>
        <translation>Geplante Nachrichten</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Nachricht zurückziehen</translation>
    </message>
    <message>
        <source>Cannot read the scheduled messages: %1</source>
        <translation>Die geplanten Nachrichten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing is scheduled. Use “Later…” beside Send to schedule a message.</source>
        <translation>Nichts ist geplant. Mit „Später…“ neben „Senden“ planen Sie eine Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) scheduled.</source>
        <translation>
            <numerusform>%n Nachricht geplant.</numerusform>
            <numerusform>%n Nachrichten geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Cancel this scheduled message? It will not be sent.</source>
        <translation>Diese geplante Nachricht zurückziehen? Sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation>Nicht zurückgezogen: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Einstellungsbereiche</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <source>Gateway accounts</source>
        <translation>Gateway-Konten</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Default region for numbers</source>
        <translation>Standardregion für Nummern</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>Numbers typed without a country code, like 0171 1234567, are read as numbers in this region.</source>
        <translation>Nummern ohne Ländervorwahl, etwa 0171 1234567, gelten als Nummern dieser Region.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>Erster neuer Versuch nach</translation>
    </message>
    <message>
        <source>Growth per retry</source>
        <translation>Steigerung pro Versuch</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Attempts before giving up</source>
        <translation>Versuche, bevor aufgegeben wird</translation>
    </message>
    <message>
        <source>First retry &amp;after:</source>
        <translation>Erster neuer Versuch &amp;nach:</translation>
    </message>
    <message>
        <source>&amp;Growth per retry:</source>
        <translation>Stei&amp;gerung pro Versuch:</translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>&amp;Längste Wartezeit:</translation>
    </message>
    <message>
        <source>A&amp;ttempts:</source>
        <translation>&amp;Versuche:</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>Lokale &amp;Adresse:</translation>
    </message>
    <message>
        <source>Allowed host names</source>
        <translation>Erlaubte Hostnamen</translation>
    </message>
    <message>
        <source>One name per line, e.g. smsdesk.office.lan</source>
        <translation>Ein Name pro Zeile, z. B. smsdesk.office.lan</translation>
    </message>
    <message>
        <source>Allowed &amp;host names:</source>
        <translation>Erlaubte &amp;Hostnamen:</translation>
    </message>
    <message>
        <source>Besides the listen address and localhost, only these names are accepted in the Host header (protection against DNS rebinding). Address changes apply after a restart.</source>
        <translation>Außer der lokalen Adresse und localhost werden nur diese Namen im Host-Header angenommen (Schutz vor DNS-Rebinding). Adressänderungen gelten nach einem Neustart.</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>MySMSGate API key</source>
        <translation>MySMSGate-API-Schlüssel</translation>
    </message>
    <message>
        <source>From the MySMSGate dashboard</source>
        <translation>Aus dem MySMSGate-Dashboard</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>In den Schlüsselbund sp&amp;eichern</translation>
    </message>
    <message>
        <source>MySMSGate API &amp;key:</source>
        <translation>MySMSGate-API-S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Keys cannot be saved: %1</source>
        <translation>Schlüssel können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Used by every phone on the MySMSGate gateway. Stored in the system keychain.</source>
        <translation>Gilt für alle Telefone am MySMSGate-Gateway. Wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Failed messages go to the dead letters after the first attempt.</source>
        <translation>Fehlgeschlagene Nachrichten landen nach dem ersten Versuch unter „Nicht gesendet“.</translation>
    </message>
    <message>
        <source>Waits up to %1 between attempts, then gives up after at most %2.</source>
        <translation>Wartet bis zu %1 zwischen den Versuchen und gibt nach höchstens %2 auf.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Add a MySMSGate phone on the Devices page first; its key is kept with it.</source>
        <translation>Fügen Sie zuerst auf der Seite „Geräte“ ein MySMSGate-Telefon hinzu; sein Schlüssel wird dort gespeichert.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The API key is saved in the keychain.</source>
        <translation>Der API-Schlüssel ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>How MySMSGate webhooks are checked</source>
        <translation>Wie MySMSGate-Webhooks geprüft werden</translation>
    </message>
    <message>
        <source>Standard Webhooks signature</source>
        <translation>Signatur nach Standard Webhooks</translation>
    </message>
    <message>
        <source>Secret in the address (?token=)</source>
        <translation>Geheimnis in der Adresse (?token=)</translation>
    </message>
    <message>
        <source>&amp;MySMSGate webhooks:</source>
        <translation>&amp;MySMSGate-Webhooks:</translation>
    </message>
    <message>
        <source>Settings saved for every desk on this database.</source>
        <translation>Einstellungen für alle Arbeitsplätze dieser Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The settings were changed on another desk. Revert shows them; Apply replaces them with yours.</source>
        <translation>Die Einstellungen wurden an einem anderen Arbeitsplatz geändert. „Zurücksetzen“ zeigt sie; „Übernehmen“ ersetzt sie durch Ihre.</translation>
    </message>
    <message>
        <source>Saved texts</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Play a &amp;sound when an SMS arrives</source>
        <translation>Bei eingehender SMS einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <source>Sound for new messages</source>
        <translation>Ton für neue Nachrichten</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Default requests per second per token</source>
        <translation>Standard-Anfragen pro Sekunde je Token</translation>
    </message>
    <message>
        <source>bursts of </source>
        <translation>Spitzen bis </translation>
    </message>
    <message>
        <source>Default requests at once per token</source>
        <translation>Standard-Anfragen auf einmal je Token</translation>
    </message>
    <message>
        <source>Default &amp;limit per token:</source>
        <translation>Standard-&amp;Limit je Token:</translation>
    </message>
    <message>
        <source>Each token may send this many requests unless it has a limit of its own (Limit… below). Changes apply at once, without a restart.</source>
        <translation>Jedes Token darf so viele Anfragen senden, sofern es kein eigenes Limit hat (Limit… unten). Änderungen gelten sofort, ohne Neustart.</translation>
    </message>
    <message>
        <source>The default limit was not saved: %1</source>
        <translation>Das Standard-Limit wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Outgoing webhooks</source>
        <translation>Ausgehende Webhooks</translation>
    </message>
</context>
<context>
    <name>smsdesk::Sidebar</name>
    <message>
        <source>Places</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation>Tastenkürzel %1</translation>
    </message>
    <message>
        <source>%1, %2 new</source>
        <translation>%1, %2 neu</translation>
    </message>
</context>
<context>
    <name>smsdesk::SqsIntake</name>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>SQS at %1 gave no URL for queue %2</source>
        <translation>SQS unter %1 hat keine URL für die Warteschlange %2 geliefert</translation>
    </message>
    <message>
        <source>Reading queue %1 at %2 (read ahead %3, visibility %4 s)</source>
        <translation>Lese Warteschlange %1 unter %2 (Vorauslesen %3, Sichtbarkeit %4 s)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n message(s) arrived damaged (body and MD5 differ), left to come again</source>
        <translation>
            <numerusform>%1; %n Nachricht kam beschädigt an (Inhalt und MD5 verschieden) und kommt erneut</numerusform>
            <numerusform>%1; %n Nachrichten kamen beschädigt an (Inhalt und MD5 verschieden) und kommen erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>Die Smsdesk-Datenbank hat %n Nachricht nicht angenommen (%1); neuer Versuch in %2 s</numerusform>
            <numerusform>Die Smsdesk-Datenbank hat %n Nachrichten nicht angenommen (%1); neuer Versuch in %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>SQS at %1 has no queue %2</source>
        <translation>SQS unter %1 hat keine Warteschlange %2</translation>
    </message>
    <message>
        <source>SQS at %1: %2</source>
        <translation>SQS unter %1: %2</translation>
    </message>
    <message>
        <source>%1; again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message numerus="yes">
        <source>SQS at %1: queue %2 has %n message(s) waiting, %3 being read</source>
        <translation>
            <numerusform>SQS unter %1: In der Warteschlange %2 wartet %n Nachricht, %3 werden gelesen</numerusform>
            <numerusform>SQS unter %1: In der Warteschlange %2 warten %n Nachrichten, %3 werden gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ThreadDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::ThreadListModel</name>
    <message numerus="yes">
        <source>%1, %n unread: %2</source>
        <translation>
            <numerusform>%1, %n ungelesen: %2</numerusform>
            <numerusform>%1, %n ungelesen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Nachrichten: %1</translation>
    </message>
    <message>
        <source>%1 · Messages: %2</source>
        <translation>%1 · Nachrichten: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::TokenLimitDialog</name>
    <message>
        <source>&amp;Own limit:</source>
        <translation>&amp;Eigenes Limit:</translation>
    </message>
    <message>
        <source>&amp;Unlimited</source>
        <translation>&amp;Unbegrenzt</translation>
    </message>
    <message>
        <source>Request limit of “%1”</source>
        <translation>Anfragelimit von „%1“</translation>
    </message>
    <message>
        <source>&amp;Default limit (%1)</source>
        <translation>&amp;Standard-Limit (%1)</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>bursts of </source>
        <translation>Spitzen bis </translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Anfragen auf einmal</translation>
    </message>
    <message>
        <source>How many requests the program with this token may send to the API. Above it, the API answers 429 and says when to try again.</source>
        <translation>Wie viele Anfragen das Programm mit diesem Token an die API senden darf. Darüber antwortet die API mit 429 und sagt, wann es erneut versuchen soll.</translation>
    </message>
    <message>
        <source>Unlimited: only for a program you trust; it can fill the queue as fast as this computer takes requests.</source>
        <translation>Unbegrenzt: nur für ein Programm, dem Sie vertrauen; es kann die Warteschlange so schnell füllen, wie dieser Computer Anfragen annimmt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>smsdesk::TokenModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>%1/s, bursts of %2</source>
        <translation>%1/s, Spitzen bis %2</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Request limit</source>
        <translation>Anfragelimit</translation>
    </message>
</context>
<context>
    <name>smsdesk::TokensSection</name>
    <message>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>Name of the program, e.g. Booking system</source>
        <translation>Name des Programms, z. B. Buchungssystem</translation>
    </message>
    <message>
        <source>New token name</source>
        <translation>Name des neuen Tokens</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>Token &amp;erstellen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Copy this token now: it will not be shown again.</source>
        <translation>Kopieren Sie dieses Token jetzt: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Could not read the API tokens: %1</source>
        <translation>Die API-Tokens können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give the token a name, so you know later which program uses it.</source>
        <translation>Geben Sie dem Token einen Namen, damit Sie später wissen, welches Programm es verwendet.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke “%1”? Programs using it can no longer send.</source>
        <translation>„%1“ widerrufen? Programme, die es verwenden, können dann nicht mehr senden.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>&amp;Limit…</source>
        <translation>&amp;Limit…</translation>
    </message>
    <message>
        <source>How many requests per second the selected token may send</source>
        <translation>Wie viele Anfragen pro Sekunde das gewählte Token senden darf</translation>
    </message>
    <message>
        <source>The limit was not changed: %1</source>
        <translation>Das Limit wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>The new limit applies from the token&apos;s next request.</source>
        <translation>Das neue Limit gilt ab der nächsten Anfrage des Tokens.</translation>
    </message>
</context>
<context>
    <name>smsdesk::TrayIcon</name>
    <message>
        <source>Smsdesk tray menu</source>
        <translation>Smsdesk-Menü im Infobereich</translation>
    </message>
    <message>
        <source>Show Smsdesk</source>
        <translation>Smsdesk anzeigen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Smsdesk</source>
        <translation>Smsdesk</translation>
    </message>
    <message numerus="yes">
        <source>%1
…and %n more</source>
        <translation>
            <numerusform>%1
…und %n weitere</numerusform>
            <numerusform>%1
…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Wartend: %1</translation>
    </message>
    <message>
        <source>Unread conversations: %1</source>
        <translation>Ungelesene Unterhaltungen: %1</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Phones online: %1</source>
        <translation>Telefone online: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookDeliveriesDialog</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch folgt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Webhooks posted to &lt;b&gt;%1&lt;/b&gt;, newest first.</source>
        <translation>An &lt;b&gt;%1&lt;/b&gt; gesendete Webhooks, neueste zuerst.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts of the selected delivery</source>
        <translation>Versuche der gewählten Zustellung</translation>
    </message>
    <message>
        <source>Body posted for the selected delivery</source>
        <translation>Gesendeter Inhalt der gewählten Zustellung</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Versuche</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>E&amp;rneut senden</translation>
    </message>
    <message>
        <source>Resend the selected delivery now</source>
        <translation>Die gewählte Zustellung jetzt erneut senden</translation>
    </message>
    <message>
        <source>Post it again now, with the same webhook-id; its attempts start again from one</source>
        <translation>Jetzt erneut senden, mit derselben webhook-id; die Versuche zählen wieder ab eins</translation>
    </message>
    <message>
        <source>Cannot read the delivery log: %1</source>
        <translation>Das Zustellprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, webhook-id %2</source>
        <translation>%1, webhook-id %2</translation>
    </message>
    <message>
        <source>Nothing was posted to this endpoint yet. Events it wants appear here as they happen.</source>
        <translation>An diesen Endpunkt wurde noch nichts gesendet. Die gewünschten Ereignisse erscheinen hier, sobald sie eintreten.</translation>
    </message>
    <message>
        <source>The newest %1 deliveries. Delivered and failed ones are kept for 30 days.</source>
        <translation>Die neuesten %1 Zustellungen. Zugestellte und fehlgeschlagene werden 30 Tage aufbewahrt.</translation>
    </message>
    <message>
        <source>Delivered and failed deliveries are kept for 30 days.</source>
        <translation>Zugestellte und fehlgeschlagene Zustellungen werden 30 Tage aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot read the attempts: %1</source>
        <translation>Die Versuche können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Not posted yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Not resent: %1</source>
        <translation>Nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Posting it again now.</source>
        <translation>Wird jetzt erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookEndpointDialog</name>
    <message>
        <source>Message sent</source>
        <translation>Nachricht gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed (will retry)</source>
        <translation>Fehlgeschlagen (neuer Versuch folgt)</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Nachricht empfangen</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Add outgoing webhook</source>
        <translation>Ausgehenden Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Smsdesk will post what happens to messages to this address of your app, signed so that your app can check the post comes from here.</source>
        <translation>Smsdesk sendet an diese Adresse Ihrer Anwendung, was mit Nachrichten geschieht, signiert, damit Ihre Anwendung prüfen kann, dass die Meldung von hier kommt.</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Adresse des Endpunkts</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional, e.g. Shop system</source>
        <translation>Optional, z. B. Kassensystem</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Send these events</source>
        <translation>Diese Ereignisse senden</translation>
    </message>
    <message>
        <source>Send %1 events</source>
        <translation>Ereignisse „%1“ senden</translation>
    </message>
    <message>
        <source>Posted as “%1”</source>
        <translation>Gesendet als „%1“</translation>
    </message>
    <message>
        <source>Why the endpoint cannot be added yet</source>
        <translation>Warum der Endpunkt noch nicht hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation>Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>Signing secret of the new endpoint</source>
        <translation>Signaturgeheimnis des neuen Endpunkts</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the signing secret</source>
        <translation>Signaturgeheimnis kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now and give it to your app: it will not be shown again.&lt;/b&gt; Your app checks each post&apos;s webhook-signature header with it (Standard Webhooks).</source>
        <translation>&lt;b&gt;Kopieren Sie es jetzt und geben Sie es Ihrer Anwendung: Es wird nicht noch einmal angezeigt.&lt;/b&gt; Ihre Anwendung prüft damit den Header webhook-signature jeder Meldung (Standard Webhooks).</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Tick at least one event the endpoint should receive.</source>
        <translation>Wählen Sie mindestens ein Ereignis, das der Endpunkt erhalten soll.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Outgoing webhook added</source>
        <translation>Ausgehender Webhook hinzugefügt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookEndpointsSection</name>
    <message>
        <source>Smsdesk tells your own apps what happens to messages: it posts each event to the addresses below, signed the Standard Webhooks way. Every post is kept in an outbox first and retried with growing waits until your app answers, for about a day.</source>
        <translation>Smsdesk teilt Ihren eigenen Anwendungen mit, was mit Nachrichten geschieht: Jedes Ereignis geht an die Adressen unten, signiert nach Standard Webhooks. Jede Meldung wird zuerst in einem Postausgang gespeichert und mit wachsenden Wartezeiten erneut gesendet, bis Ihre Anwendung antwortet, etwa einen Tag lang.</translation>
    </message>
    <message>
        <source>Outgoing webhook endpoints</source>
        <translation>Endpunkte für ausgehende Webhooks</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Delivery &amp;log…</source>
        <translation>Zustell&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Add an outgoing webhook endpoint</source>
        <translation>Endpunkt für ausgehende Webhooks hinzufügen</translation>
    </message>
    <message>
        <source>Show the delivery log of the selected endpoint</source>
        <translation>Zustellprotokoll des gewählten Endpunkts anzeigen</translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation>Gewählten Endpunkt entfernen</translation>
    </message>
    <message>
        <source>Cannot read the endpoints: %1</source>
        <translation>Die Endpunkte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1
Added %2</source>
        <translation>%1
Hinzugefügt am %2</translation>
    </message>
    <message>
        <source>No endpoints yet. Add… one to have your app told when messages are sent, delivered, fail or arrive.</source>
        <translation>Noch keine Endpunkte. Mit Hinzufügen… erfährt Ihre Anwendung, wenn Nachrichten gesendet, zugestellt, nicht gesendet werden oder ankommen.</translation>
    </message>
    <message>
        <source>Waiting: not yet accepted by your app. Failed: given up after every attempt; Delivery log… shows why and can resend.</source>
        <translation>Wartend: von Ihrer Anwendung noch nicht angenommen. Fehlgeschlagen: nach allen Versuchen aufgegeben; Zustellprotokoll… zeigt den Grund und kann erneut senden.</translation>
    </message>
    <message>
        <source>The endpoint %1 was added. Events from now on are posted to it.</source>
        <translation>Der Endpunkt %1 wurde hinzugefügt. Ereignisse ab jetzt werden an ihn gesendet.</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Endpunkt entfernen</translation>
    </message>
    <message>
        <source>Stop posting to %1 and forget it? Its delivery log and the posts still waiting for it are deleted too.</source>
        <translation>Nicht mehr an %1 senden und den Endpunkt vergessen? Sein Zustellprotokoll und die noch wartenden Meldungen werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The endpoint was not removed: %1</source>
        <translation>Der Endpunkt wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>%1 gets no more webhooks.</source>
        <translation>%1 erhält keine Webhooks mehr.</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookSecrets</name>
    <message>
        <source>The demo phones sign with a secret made for this session. It changes at every start and cannot be rotated.</source>
        <translation>Die Demo-Telefone signieren mit einem Geheimnis, das für diese Sitzung erzeugt wurde. Es ändert sich bei jedem Start und kann nicht erneuert werden.</translation>
    </message>
    <message>
        <source>Secrets cannot be saved: %1</source>
        <translation>Geheimnisse können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no webhook for the adapter “%1”.</source>
        <translation>Für den Adapter „%1“ gibt es keinen Webhook.</translation>
    </message>
    <message>
        <source>The webhook secret for %1 could not be read: %2</source>
        <translation>Das Webhook-Geheimnis für %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No webhook secret is set for %1, and none can be saved: %2</source>
        <translation>Für %1 ist kein Webhook-Geheimnis festgelegt, und es kann keines gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The new webhook secret for %1 could not be saved: %2</source>
        <translation>Das neue Webhook-Geheimnis für %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Smsdesk is stopping; the secret was not applied.</source>
        <translation>Smsdesk wird beendet; das Geheimnis wurde nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhooksSection</name>
    <message>
        <source>API server is off</source>
        <translation>API-Server ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Webhook address for %1</source>
        <translation>Webhook-Adresse für %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Webhook secret for %1</source>
        <translation>Webhook-Geheimnis für %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the webhook secret for %1</source>
        <translation>Webhook-Geheimnis für %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the webhook secret for %1</source>
        <translation>Webhook-Geheimnis für %1 kopieren</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Rotate the webhook secret for %1</source>
        <translation>Webhook-Geheimnis für %1 erneuern</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>The secret for %1 is on the clipboard.</source>
        <translation>Das Geheimnis für %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Rotate webhook secret</source>
        <translation>Webhook-Geheimnis erneuern</translation>
    </message>
    <message>
        <source>Make a new secret for %1? Phones using the old secret will be refused until you enter the new one on them.</source>
        <translation>Ein neues Geheimnis für %1 erzeugen? Telefone mit dem alten Geheimnis werden abgewiesen, bis Sie das neue auf ihnen eingeben.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>The secret was not changed: %1</source>
        <translation>Das Geheimnis wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>New secret for %1 saved. Enter it on every phone that posts to %1; until then their reports are refused.</source>
        <translation>Neues Geheimnis für %1 gespeichert. Geben Sie es auf jedem Telefon ein, das an %1 sendet; bis dahin werden seine Berichte abgewiesen.</translation>
    </message>
    <message>
        <source>SMSGate phones: with the gateway listener on, Smsdesk registers these webhooks on each phone and sets its signing key itself; without it, replies and delivery reports are fetched from the phones (Devices → How replies arrive). MySMSGate documents no webhook signing: Smsdesk checks its webhooks as chosen above; its replies and reports are also fetched from the account&apos;s history. The secrets are kept in the system keychain.</source>
        <translation>SMSGate-Telefone: Mit eingeschaltetem Gateway-Listener registriert Smsdesk diese Webhooks auf jedem Telefon und setzt dessen Signaturschlüssel selbst; ohne ihn werden Antworten und Zustellberichte von den Telefonen abgerufen (Geräte → Wie Antworten ankommen). MySMSGate dokumentiert keine Webhook-Signatur: Smsdesk prüft seine Webhooks wie oben gewählt; seine Antworten und Berichte werden außerdem aus dem Verlauf des Kontos abgerufen. Die Geheimnisse werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>smsdesk::timefmt</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
</TS>
