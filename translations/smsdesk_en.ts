<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>IntakeText</name>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignDetailPane</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignListModel</name>
    <message numerus="yes">
        <source>%1: %2 of %n message(s) done</source>
        <translation>
            <numerusform>%1: %2 of %n message done</numerusform>
            <numerusform>%1: %2 of %n messages done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignMessageModel</name>
    <message numerus="yes">
        <source>%n attempt(s); last error: %1</source>
        <translation>
            <numerusform>%n attempt; last error: %1</numerusform>
            <numerusform>%n attempts; last error: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignText</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as UCS-2, 70 characters a segment</source>
        <translation>
            <numerusform>%n as UCS-2, 70 characters a segment</numerusform>
            <numerusform>%n as UCS-2, 70 characters a segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid number(s)</source>
        <translation>
            <numerusform>%n invalid number</numerusform>
            <numerusform>%n invalid numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out</source>
        <translation>
            <numerusform>%n opted out</numerusform>
            <numerusform>%n opted out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing field(s)</source>
        <translation>
            <numerusform>%n missing field</numerusform>
            <numerusform>%n missing fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignsPage</name>
    <message numerus="yes">
        <source>“%1” is queued: %n message(s).</source>
        <translation>
            <numerusform>“%1” is queued: %n message.</numerusform>
            <numerusform>“%1” is queued: %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1”? %n message(s) not sent yet will not be sent. What is already sent stays sent; this cannot be undone.</source>
        <translation>
            <numerusform>Cancel “%1”? %n message not sent yet will not be sent. What is already sent stays sent; this cannot be undone.</numerusform>
            <numerusform>Cancel “%1”? %n messages not sent yet will not be sent. What is already sent stays sent; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n message(s) that were not sent yet.</source>
        <translation>
            <numerusform>Cancelled %n message that was not sent yet.</numerusform>
            <numerusform>Cancelled %n messages that were not sent yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::Composer</name>
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
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n SMS, at most %1</source>
        <translation>
            <numerusform>Too long: %n SMS, at most %1</numerusform>
            <numerusform>Too long: %n SMS, at most %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s), %2, columns separated by “%3”.</source>
        <translation>
            <numerusform>%1: %n row, %2, columns separated by “%3”.</numerusform>
            <numerusform>%1: %n rows, %2, columns separated by “%3”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) (vCard).</source>
        <translation>
            <numerusform>%1: %n card (vCard).</numerusform>
            <numerusform>%1: %n cards (vCard).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 rows</source>
        <translation>
            <numerusform>%n contact from %1 rows</numerusform>
            <numerusform>%n contacts from %1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Import %n contact</numerusform>
            <numerusform>Import %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), listed above: what does not read is left out</source>
        <translation>
            <numerusform>%n problem, listed above: what does not read is left out</numerusform>
            <numerusform>%n problems, listed above: what does not read is left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactsPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new contact(s); %1 added to contacts you had.</source>
        <translation>
            <numerusform>Imported %n new contact; %1 added to contacts you had.</numerusform>
            <numerusform>Imported %n new contacts; %1 added to contacts you had.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::DeadLettersPage</name>
    <message numerus="yes">
        <source>%n message(s) queued again.</source>
        <translation>
            <numerusform>%n message queued again.</numerusform>
            <numerusform>%n messages queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n message deleted.</numerusform>
            <numerusform>%n messages deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) and their history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n message and its history? This cannot be undone.</numerusform>
            <numerusform>Delete %n messages and their history? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::DevicesPage</name>
    <message numerus="yes">
        <source>Remove %n phones? Their credentials are deleted from the keychain.</source>
        <translation>
            <numerusform>Remove %n phone? Its credentials are deleted from the keychain.</numerusform>
            <numerusform>Remove %n phones? Their credentials are deleted from the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::DisplayFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::EngineStatus</name>
    <message numerus="yes">
        <source>Queued messages are being sent through %n phone(s)</source>
        <translation>
            <numerusform>Queued messages are being sent through %n phone</numerusform>
            <numerusform>Queued messages are being sent through %n phones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::HistoryExportDialog</name>
    <message numerus="yes">
        <source>%n messages exported to %1.</source>
        <translation>
            <numerusform>%n message exported to %1.</numerusform>
            <numerusform>%n messages exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages written</source>
        <translation>
            <numerusform>%n message written</numerusform>
            <numerusform>%n messages written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageDetailPane</name>
    <message numerus="yes">
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n message selected.</numerusform>
            <numerusform>%n messages selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) · %1 · %2 SMS, %3</source>
        <translation>
            <numerusform>%n attempt · %1 · %2 SMS, %3</numerusform>
            <numerusform>%n attempts · %1 · %2 SMS, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageNotifier</name>
    <message numerus="yes">
        <source>%n new messages from %1</source>
        <translation>
            <numerusform>%n new message from %1</numerusform>
            <numerusform>%n new messages from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from %1 people</source>
        <translation>
            <numerusform>%n new message from %1 people</numerusform>
            <numerusform>%n new messages from %1 people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageSearchList</name>
    <message numerus="yes">
        <source>Messages: the newest %n</source>
        <translation>
            <numerusform>Messages: the newest %n</numerusform>
            <numerusform>Messages: the newest %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages: %n found</source>
        <translation>
            <numerusform>Messages: %n found</numerusform>
            <numerusform>Messages: %n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::NewCampaignDialog</name>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s). Write the text (or pick a saved one) to see every message.</source>
        <translation>
            <numerusform>%n recipient. Write the text (or pick a saved one) to see every message.</numerusform>
            <numerusform>%n recipients. Write the text (or pick a saved one) to see every message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n message(s)</source>
        <translation>
            <numerusform>&amp;Queue %n message</numerusform>
            <numerusform>&amp;Queue %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::OptOutsSection</name>
    <message numerus="yes">
        <source>The newest %1 of %n numbers; Export CSV… has them all.</source>
        <translation>
            <numerusform>The newest %1 of %n number; Export CSV… has them all.</numerusform>
            <numerusform>The newest %1 of %n numbers; Export CSV… has them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the list.</source>
        <translation>
            <numerusform>%n number on the list.</numerusform>
            <numerusform>%n numbers on the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::QuietHoursSection</name>
    <message numerus="yes">
        <source>A reply written within %n minute(s) of the customer&apos;s own message is sent at once.</source>
        <translation>
            <numerusform>A reply written within %n minute of the customer&apos;s own message is sent at once.</numerusform>
            <numerusform>A reply written within %n minutes of the customer&apos;s own message is sent at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::RabbitMqIntake</name>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>The store did not take %n message (%1); offered again in %2 s</numerusform>
            <numerusform>The store did not take %n messages (%1); offered again in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>RabbitMQ %1: queue %2 has %n message(s), %3 consumer(s)</source>
        <translation>
            <numerusform>RabbitMQ %1: queue %2 has %n message, %3 consumer(s)</numerusform>
            <numerusform>RabbitMQ %1: queue %2 has %n messages, %3 consumer(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::RedisIntake</name>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>The store did not take %n message (%1); offered again in %2 s</numerusform>
            <numerusform>The store did not take %n messages (%1); offered again in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: stream %2 has %n entries, group %3 has %4 pending</source>
        <translation>
            <numerusform>Redis %1: stream %2 has %n entry, group %3 has %4 pending</numerusform>
            <numerusform>Redis %1: stream %2 has %n entries, group %3 has %4 pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: stream %2 has %n entries; no group %3 yet, the intake makes it and reads the entries added from then on</source>
        <translation>
            <numerusform>Redis %1: stream %2 has %n entry; no group %3 yet, the intake makes it and reads the entries added from then on</numerusform>
            <numerusform>Redis %1: stream %2 has %n entries; no group %3 yet, the intake makes it and reads the entries added from then on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ScheduledListDialog</name>
    <message numerus="yes">
        <source>%n message(s) scheduled.</source>
        <translation>
            <numerusform>%n message scheduled.</numerusform>
            <numerusform>%n messages scheduled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::SqsIntake</name>
    <message numerus="yes">
        <source>%1; %n message(s) arrived damaged (body and MD5 differ), left to come again</source>
        <translation>
            <numerusform>%1; %n message arrived damaged (body and MD5 differ), left to come again</numerusform>
            <numerusform>%1; %n messages arrived damaged (body and MD5 differ), left to come again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>The store did not take %n message (%1); offered again in %2 s</numerusform>
            <numerusform>The store did not take %n messages (%1); offered again in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQS at %1: queue %2 has %n message(s) waiting, %3 being read</source>
        <translation>
            <numerusform>SQS at %1: queue %2 has %n message waiting, %3 being read</numerusform>
            <numerusform>SQS at %1: queue %2 has %n messages waiting, %3 being read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ThreadListModel</name>
    <message numerus="yes">
        <source>%1, %n unread: %2</source>
        <translation>
            <numerusform>%1, %n unread: %2</numerusform>
            <numerusform>%1, %n unread: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::TrayIcon</name>
    <message numerus="yes">
        <source>%1
…and %n more</source>
        <translation>
            <numerusform>%1
…and %n more</numerusform>
            <numerusform>%1
…and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
