<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Thanks, see you then!</source>
        <translation>Merci, à tout à l’heure&#xa0;!</translation>
    </message>
    <message>
        <source>Can we move it to 3 pm?</source>
        <translation>On peut le décaler à 15&#xa0;h&#xa0;?</translation>
    </message>
    <message>
        <source>Got it 👍</source>
        <translation>C’est noté 👍</translation>
    </message>
    <message>
        <source>Is the order ready for pickup?</source>
        <translation>La commande est-elle prête à être retirée&#xa0;?</translation>
    </message>
    <message>
        <source>Please call me back when you can.</source>
        <translation>Rappelez-moi quand vous pouvez, s’il vous plaît.</translation>
    </message>
</context>
<context>
    <name>DispatchText</name>
    <message>
        <source>the dispatcher is stopped</source>
        <translation>l’envoi est arrêté</translation>
    </message>
    <message>
        <source>no phones set up</source>
        <translation>aucun téléphone configuré</translation>
    </message>
    <message>
        <source>all phones are disabled or paused</source>
        <translation>tous les téléphones sont désactivés ou en pause</translation>
    </message>
    <message>
        <source>all phones are failing; test messages are under way</source>
        <translation>tous les téléphones échouent&#xa0;; des messages de test sont en cours</translation>
    </message>
    <message>
        <source>all phones are at their limit; more at %1</source>
        <translation>tous les téléphones ont atteint leur limite&#xa0;; reprise à %1</translation>
    </message>
    <message>
        <source>all phones are failing; next try at %1</source>
        <translation>tous les téléphones échouent&#xa0;; prochain essai à %1</translation>
    </message>
    <message>
        <source>no phone can send now; next chance at %1</source>
        <translation>aucun téléphone ne peut envoyer maintenant&#xa0;; prochaine possibilité à %1</translation>
    </message>
    <message>
        <source>Every phone is at its per-minute limit: messages go out at the pace the phones allow.</source>
        <translation>Chaque téléphone a atteint sa limite par minute&#xa0;: les messages partent au rythme que les téléphones permettent.</translation>
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
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 lus</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en file</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln doublon</numerusform>
            <numerusform>%Ln doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 refusés</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>retard %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an intake&apos;s phase, then its status line</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>no country code: start the number with + and the country code</source>
        <translation>pas d’indicatif de pays&#xa0;: commencez le numéro par + et l’indicatif du pays</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>indicatif de pays inconnu</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>ce n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>local number only: add the area code</source>
        <translation>numéro local seulement&#xa0;: ajoutez l’indicatif régional</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>numéro non valide</translation>
    </message>
    <message>
        <source>not a valid number for %1</source>
        <translation>numéro non valide pour %1</translation>
    </message>
    <message>
        <source>no number given</source>
        <translation>aucun numéro indiqué</translation>
    </message>
    <message>
        <source>extensions cannot receive SMS</source>
        <translation>les postes internes ne peuvent pas recevoir de SMS</translation>
    </message>
    <message>
        <source>unexpected %1 in the number</source>
        <translation>%1 inattendu dans le numéro</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::AmqpConnection</name>
    <message>
        <source>no answer from RabbitMQ</source>
        <translation>pas de réponse de RabbitMQ</translation>
    </message>
    <message>
        <source>RabbitMQ refused user %1 (%2)</source>
        <translation>RabbitMQ a refusé l’utilisateur %1 (%2)</translation>
    </message>
    <message>
        <source>RabbitMQ answered %1</source>
        <translation>RabbitMQ a répondu %1</translation>
    </message>
    <message>
        <source>could not make a socket</source>
        <translation>impossible de créer un socket</translation>
    </message>
    <message>
        <source>could not connect to RabbitMQ at %1: %2</source>
        <translation>impossible de se connecter à RabbitMQ sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>logging in to RabbitMQ at %1</source>
        <translation>connexion à RabbitMQ sur %1</translation>
    </message>
    <message>
        <source>opening a channel</source>
        <translation>ouverture d’un canal</translation>
    </message>
    <message>
        <source>no queue %1</source>
        <translation>aucune file %1</translation>
    </message>
    <message>
        <source>looking at queue %1</source>
        <translation>consultation de la file %1</translation>
    </message>
    <message>
        <source>declaring queue %1</source>
        <translation>création de la file %1</translation>
    </message>
    <message>
        <source>setting the prefetch</source>
        <translation>réglage de la lecture anticipée</translation>
    </message>
    <message>
        <source>consuming from queue %1</source>
        <translation>lecture de la file %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::BubbleDelegate</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Received %1 on %2</source>
        <translation>Reçu sur %2&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation>Parties du SMS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>chosen automatically</source>
        <translation>choisi automatiquement</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Planifié pour le %1</translation>
    </message>
    <message>
        <source>Held until %1 recipient time</source>
        <translation>Retenu jusqu’à %1, heure du destinataire</translation>
    </message>
    <message>
        <source>Held until %1 (quiet hours)</source>
        <translation>Retenu jusqu’à %1 (heures de silence)</translation>
    </message>
    <message>
        <source>Quiet hours: held until %1, business time (%2): the number&apos;s country has several time zones</source>
        <translation>Heures de silence&#xa0;: retenu jusqu’au %1, votre heure (%2)&#xa0;: le pays du numéro a plusieurs fuseaux horaires</translation>
    </message>
    <message>
        <source>Quiet hours: held until %1, business time (%2): the number is in no known time zone</source>
        <translation>Heures de silence&#xa0;: retenu jusqu’au %1, votre heure (%2)&#xa0;: le numéro n’appartient à aucun fuseau horaire connu</translation>
    </message>
    <message>
        <source>Quiet hours: held until %1 recipient time (%2)</source>
        <translation>Heures de silence&#xa0;: retenu jusqu’au %1, heure du destinataire (%2)</translation>
    </message>
    <message>
        <source>Urgent: sent inside quiet hours too</source>
        <translation>Urgent&#xa0;: envoyé même pendant les heures de silence</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignDetailPane</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Hold every message not sent yet; Resume sends them at the campaign&apos;s pace</source>
        <translation>Retenir tous les messages pas encore envoyés&#xa0;; «&#xa0;Reprendre&#xa0;» les envoie au rythme de la campagne</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign…</source>
        <translation>&amp;Annuler la campagne…</translation>
    </message>
    <message>
        <source>Cancel every message not sent yet</source>
        <translation>Annuler tous les messages pas encore envoyés</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Every message with its status, as CSV</source>
        <translation>Chaque message avec son état, en CSV</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>The campaign&apos;s messages</source>
        <translation>Les messages de la campagne</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>distribués</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoués</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulés</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
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
            <numerusform>%n partie de SMS</numerusform>
            <numerusform>%n parties de SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>destinataires&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignListModel</name>
    <message numerus="yes">
        <source>%1: %2 of %n message(s) done</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %n message terminé</numerusform>
            <numerusform>%1&#xa0;: %2 sur %n messages terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignMessageModel</name>
    <message numerus="yes">
        <source>%n attempt(s); last error: %1</source>
        <translation>
            <numerusform>%n tentative&#xa0;; dernière erreur&#xa0;: %1</numerusform>
            <numerusform>%n tentatives&#xa0;; dernière erreur&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignPreviewModel</name>
    <message>
        <source>Written as “%1”</source>
        <translation>Saisi sous la forme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Texte tel qu’envoyé</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Écarté parce que</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignText</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Annulation en cours</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d’envoi</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message>
        <source>As fast as the phones allow</source>
        <translation>Aussi vite que les téléphones le permettent</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
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
            <numerusform>%n partie de SMS</numerusform>
            <numerusform>%n parties de SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as UCS-2, 70 characters a segment</source>
        <translation>
            <numerusform>%n en UCS-2, 70 caractères par partie de SMS</numerusform>
            <numerusform>%n en UCS-2, 70 caractères par partie de SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid number(s)</source>
        <translation>
            <numerusform>%n numéro invalide</numerusform>
            <numerusform>%n numéros invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out</source>
        <translation>
            <numerusform>%n désinscrit</numerusform>
            <numerusform>%n désinscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing field(s)</source>
        <translation>
            <numerusform>%n champ manquant</numerusform>
            <numerusform>%n champs manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n écarté</numerusform>
            <numerusform>%n écartés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignsPage</name>
    <message>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Could not read the campaigns: %1</source>
        <translation>Impossible de lire les campagnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the campaign&apos;s messages: %1</source>
        <translation>Impossible de lire les messages de la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Text a group, a CSV file or a list of numbers at a pace you choose</source>
        <translation>Écrire à un groupe, à un fichier CSV ou à une liste de numéros au rythme de votre choix</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Pas encore de campagnes</translation>
    </message>
    <message>
        <source>Text a group of contacts, the numbers of a CSV file or a pasted list, at a pace you choose. You see every message before anything is queued, then its progress here.</source>
        <translation>Écrivez à un groupe de contacts, aux numéros d’un fichier CSV ou à une liste collée, au rythme de votre choix. Vous voyez chaque message avant toute mise en file d’attente, puis sa progression ici.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is queued: %n message(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est en file d’attente&#xa0;: %n message.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est en file d’attente&#xa0;: %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign was not paused: %1</source>
        <translation>La campagne n’a pas été mise en pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>The campaign was not resumed: %1</source>
        <translation>La campagne n’a pas repris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Annuler la campagne</translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1”? %n message(s) not sent yet will not be sent. What is already sent stays sent; this cannot be undone.</source>
        <translation>
            <numerusform>Annuler «&#xa0;%1&#xa0;»&#xa0;? %n message pas encore envoyé ne sera pas envoyé. Ce qui est déjà envoyé le reste&#xa0;; cette action est irréversible.</numerusform>
            <numerusform>Annuler «&#xa0;%1&#xa0;»&#xa0;? %n messages pas encore envoyés ne seront pas envoyés. Ce qui est déjà envoyé le reste&#xa0;; cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Continuer l’envoi</translation>
    </message>
    <message>
        <source>The campaign was not cancelled: %1</source>
        <translation>La campagne n’a pas été annulée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n message(s) that were not sent yet.</source>
        <translation>
            <numerusform>%n message pas encore envoyé a été annulé.</numerusform>
            <numerusform>%n messages pas encore envoyés ont été annulés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save campaign report</source>
        <translation>Enregistrer le rapport de campagne</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No report was saved: %1</source>
        <translation>Aucun rapport n’a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. No report was saved; choose another folder.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Aucun rapport n’a été enregistré&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ChatModel</name>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>Vous, %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Them, %1: %2</source>
        <translation>Reçu, %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::ChatView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Actions sur le message</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Edit scheduled message…</source>
        <translation>Modifier le message planifié…</translation>
    </message>
    <message>
        <source>Cancel scheduled message</source>
        <translation>Annuler le message planifié</translation>
    </message>
</context>
<context>
    <name>smsdesk::Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Écrivez un message…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send</source>
        <translation>Appuyez sur Ctrl+Entrée pour envoyer</translation>
    </message>
    <message>
        <source>Send from phone</source>
        <translation>Téléphone d’envoi</translation>
    </message>
    <message>
        <source>The phone that sends this message</source>
        <translation>Le téléphone qui envoie ce message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Longueur du message</translation>
    </message>
    <message>
        <source>Any phone</source>
        <translation>N’importe quel téléphone</translation>
    </message>
    <message>
        <source>Smsdesk picks a phone that is online and has budget left</source>
        <translation>Smsdesk choisit un téléphone en ligne auquel il reste du quota</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pause)</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (hors ligne)</translation>
    </message>
    <message>
        <source>Empty · up to %1 SMS</source>
        <translation>Vide · jusqu’à %1 SMS</translation>
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
            <numerusform>%n restant</numerusform>
            <numerusform>%n restants</numerusform>
        </translation>
    </message>
    <message>
        <source>(because of “%1”)</source>
        <translation>(à cause de «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n SMS, at most %1</source>
        <translation>
            <numerusform>Trop long&#xa0;: %n SMS, %1 au maximum</numerusform>
            <numerusform>Trop long&#xa0;: %n SMS, %1 au maximum</numerusform>
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
        <translation>Textes enregistrés</translation>
    </message>
    <message>
        <source>Put in a saved text (Ctrl+T, or type / in an empty message)</source>
        <translation>Insérer un texte enregistré (Ctrl+T, ou tapez / dans un message vide)</translation>
    </message>
    <message>
        <source>No saved texts yet: add them in Settings → Saved texts</source>
        <translation>Pas encore de textes enregistrés&#xa0;: ajoutez-les dans Paramètres → Textes enregistrés</translation>
    </message>
    <message>
        <source>Nothing to fill in for %1 with this recipient: left empty. Check the text before sending.</source>
        <translation>Rien à mettre pour %1 avec ce destinataire&#xa0;: laissé vide. Vérifiez le texte avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Put in a saved text</source>
        <translation>Insérer un texte enregistré</translation>
    </message>
    <message>
        <source>Later…</source>
        <translation>Plus tard…</translation>
    </message>
    <message>
        <source>Send at a date and time you choose</source>
        <translation>Envoyer à la date et à l’heure de votre choix</translation>
    </message>
    <message>
        <source>Schedule message</source>
        <translation>Planifier le message</translation>
    </message>
    <message>
        <source>Send urgent</source>
        <translation>Envoyer en urgence</translation>
    </message>
    <message>
        <source>Sent at once, even inside the recipient&apos;s quiet hours</source>
        <translation>Envoyé immédiatement, même pendant les heures de silence du destinataire</translation>
    </message>
</context>
<context>
    <name>smsdesk::ConnectionTester</name>
    <message>
        <source>The phone did not answer within %1 s. Check the address and that the phone is on the same network.</source>
        <translation>Le téléphone n’a pas répondu en %1 s. Vérifiez l’adresse et que le téléphone est sur le même réseau.</translation>
    </message>
    <message>
        <source>The gateway refused the credentials (HTTP %1). Check user and password or the API key.</source>
        <translation>La passerelle a refusé les identifiants (HTTP %1). Vérifiez l’utilisateur et le mot de passe, ou la clé d’API.</translation>
    </message>
    <message>
        <source>Could not reach the gateway: %1</source>
        <translation>Impossible de joindre la passerelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The gateway answered HTTP %1.</source>
        <translation>La passerelle a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Unknown gateway type &quot;%1&quot;.</source>
        <translation>Type de passerelle inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>First and last name, unless you write another here</source>
        <translation>Prénom et nom, sauf si vous en écrivez un autre ici</translation>
    </message>
    <message>
        <source>e.g. regulars, newsletter</source>
        <translation>p. ex. habitués, newsletter</translation>
    </message>
    <message>
        <source>order_no: A-17</source>
        <translation>order_no: A-17</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Affiché comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Numéros&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Fi&amp;elds:</source>
        <translation>Cha&amp;mps&#xa0;:</translation>
    </message>
    <message>
        <source>One per line; saved texts fill them in, e.g. {order_no}.</source>
        <translation>Un par ligne&#xa0;; les textes enregistrés les remplissent, p. ex. {order_no}.</translation>
    </message>
    <message>
        <source>Fields, line %1: write a name of letters, digits, _ or -, a colon and the value, e.g. “order_no: A-17”.</source>
        <translation>Champs, ligne %1&#xa0;: écrivez un nom fait de lettres, chiffres, _ ou -, deux-points et la valeur, p. ex. « order_no: A-17 ».</translation>
    </message>
    <message>
        <source>A contact needs at least one number.</source>
        <translation>Un contact a besoin d&apos;au moins un numéro.</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>Donnez un nom au contact.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>e.g. newsletter (optional; commas between several)</source>
        <translation>p. ex. newsletter (facultatif&#xa0;; virgules entre plusieurs)</translation>
    </message>
    <message>
        <source>Groups for every imported contact</source>
        <translation>Groupes pour chaque contact importé</translation>
    </message>
    <message>
        <source>Contacts as they will be stored</source>
        <translation>Contacts tels qu&apos;ils seront enregistrés</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a contact file may have up to %3 MB.</source>
        <translation>%1 fait %2 Mo&#xa0;; un fichier de contacts peut faire jusqu&apos;à %3 Mo.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, columns separated by “%3”.</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne, %2, colonnes séparées par « %3 ».</numerusform>
            <numerusform>%1&#xa0;: %n lignes, %2, colonnes séparées par « %3 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) (vCard).</source>
        <translation>
            <numerusform>%1&#xa0;: %n fiche (vCard).</numerusform>
            <numerusform>%1&#xa0;: %n fiches (vCard).</numerusform>
        </translation>
    </message>
    <message>
        <source>What each column holds (guessed from its header):</source>
        <translation>Ce que contient chaque colonne (deviné d&apos;après son en-tête)&#xa0;:</translation>
    </message>
    <message>
        <source>Put &amp;every contact in:</source>
        <translation>Mettre &amp;chaque contact dans&#xa0;:</translation>
    </message>
    <message>
        <source>Column “%1”</source>
        <translation>Colonne « %1 »</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Name (as shown)</source>
        <translation>Nom (tel qu&apos;affiché)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Field {%1} for saved texts</source>
        <translation>Champ {%1} pour les textes enregistrés</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1. Choose the column that holds the phone numbers.</source>
        <translation>%1. Choisissez la colonne qui contient les numéros de téléphone.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 rows</source>
        <translation>
            <numerusform>%n contact sur %1 lignes</numerusform>
            <numerusform>%n contacts sur %1 lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 shown</source>
        <translation>les %1 premiers sont affichés</translation>
    </message>
    <message>
        <source>A number that is already a contact&apos;s adds to that contact.</source>
        <translation>Un numéro qui appartient déjà à un contact complète ce contact.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Importer %n contact</numerusform>
            <numerusform>Importer %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), listed above: what does not read is left out</source>
        <translation>
            <numerusform>%n problème, listé ci-dessus&#xa0;: ce qui ne se lit pas est écarté</numerusform>
            <numerusform>%n problèmes, listés ci-dessus&#xa0;: ce qui ne se lit pas est écarté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactsPage</name>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Could not read the contacts: %1</source>
        <translation>Impossible de lire les contacts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Rechercher un nom ou un numéro</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import contacts from a file</source>
        <translation>Importer des contacts depuis un fichier</translation>
    </message>
    <message>
        <source>CSV from Google Contacts, Outlook or Excel, or vCards from a phone</source>
        <translation>CSV de Google Contacts, Outlook ou Excel, ou vCards d&apos;un téléphone</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the contacts as CSV</source>
        <translation>Exporter les contacts en CSV</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Pas encore de contacts</translation>
    </message>
    <message>
        <source>Import a file from Google Contacts, Outlook, Excel or a phone (CSV or vCard), or add a customer from a conversation. Names then show in place of numbers.</source>
        <translation>Importez un fichier de Google Contacts, Outlook, Excel ou d&apos;un téléphone (CSV ou vCard), ou ajoutez un client depuis une conversation. Les noms s&apos;affichent alors à la place des numéros.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete “%1”? Conversations with the number stay; they show the number again.</source>
        <translation>Supprimer « %1 »&#xa0;? Les conversations avec ce numéro restent&#xa0;; elles affichent de nouveau le numéro.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The contact was not deleted: %1</source>
        <translation>Le contact n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Contacts (*.csv *.vcf *.vcard *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new contact(s); %1 added to contacts you had.</source>
        <translation>
            <numerusform>%n nouveau contact importé&#xa0;; %1 ajoutés à des contacts existants.</numerusform>
            <numerusform>%n nouveaux contacts importés&#xa0;; %1 ajoutés à des contacts existants.</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported; choose another folder.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été exporté&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ConversationsPage</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Cannot read the message history: %1</source>
        <translation>Impossible de lire l’historique des messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search number or text (Ctrl+F)</source>
        <translation>Rechercher un numéro ou un texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Liste des conversations</translation>
    </message>
    <message>
        <source>No messages yet — write the first one below.</source>
        <translation>Pas encore de message&#xa0;: écrivez le premier ci-dessous.</translation>
    </message>
    <message>
        <source>%1 · via %2</source>
        <translation>%1 · via %2</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Aucune conversation ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No phones yet</source>
        <translation>Pas encore de téléphone</translation>
    </message>
    <message>
        <source>Smsdesk sends your messages through your own Android phones. Add one to start, or try demo mode with two simulated phones.</source>
        <translation>Smsdesk envoie vos messages avec vos propres téléphones Android. Ajoutez-en un pour commencer, ou essayez le mode démo avec deux téléphones simulés.</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Essayer le mode démo</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Pas encore de conversation</translation>
    </message>
    <message>
        <source>Messages you send and the replies you receive appear here, one thread per number.</source>
        <translation>Les messages envoyés et les réponses reçues apparaissent ici, un fil par numéro.</translation>
    </message>
    <message>
        <source>Pick a conversation</source>
        <translation>Choisissez une conversation</translation>
    </message>
    <message>
        <source>Choose one on the left, or start a new one with Ctrl+N.</source>
        <translation>Choisissez-en une à gauche ou commencez-en une nouvelle avec Ctrl+N.</translation>
    </message>
    <message>
        <source>No phone is set up yet: the message waits in the queue until you add one.</source>
        <translation>Aucun téléphone n’est encore configuré&#xa0;: le message attend dans la file jusqu’à ce que vous en ajoutiez un.</translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation>Impossible de réessayer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type the number above and press Enter.</source>
        <translation>Saisissez le numéro ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Change this customer&apos;s name, numbers, groups or fields</source>
        <translation>Modifier le nom, les numéros, les groupes ou les champs de ce client</translation>
    </message>
    <message>
        <source>Save this number as a contact, with a name</source>
        <translation>Enregistrer ce numéro comme contact, avec un nom</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Every message waiting for its time: open, change or cancel it</source>
        <translation>Tous les messages qui attendent leur heure&#xa0;: ouvrez-les, modifiez-les ou annulez-les</translation>
    </message>
    <message>
        <source>Scheduled messages</source>
        <translation>Messages planifiés</translation>
    </message>
    <message>
        <source>Export messages to a CSV file: every conversation, or a period</source>
        <translation>Exporter les messages dans un fichier CSV&#xa0;: toutes les conversations ou une période</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exporter les messages</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Exporter cette conversation</translation>
    </message>
    <message>
        <source>This conversation&apos;s messages to a CSV file</source>
        <translation>Les messages de cette conversation dans un fichier CSV</translation>
    </message>
    <message>
        <source>That message is no longer in this conversation.</source>
        <translation>Ce message n’est plus dans cette conversation.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d’envoi</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Envoyés aujourd’hui</translation>
    </message>
    <message>
        <source>Delivery rate today</source>
        <translation>Taux de distribution aujourd’hui</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Non envoyés</translation>
    </message>
    <message>
        <source>Median time to send</source>
        <translation>Délai médian d’envoi</translation>
    </message>
    <message>
        <source>Messages per minute, last hour</source>
        <translation>Messages par minute, dernière heure</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Queue, last hour</source>
        <translation>File d’attente, dernière heure</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Queued and sending</source>
        <translation>En attente et en cours d’envoi</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>No phones yet</source>
        <translation>Pas encore de téléphone</translation>
    </message>
    <message>
        <source>Messages wait in the queue until a phone can send them.</source>
        <translation>Les messages attendent dans la file jusqu’à ce qu’un téléphone puisse les envoyer.</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation>Impossible de lire la file d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sent messages were reported delivered.</source>
        <translation>%1 des %2 messages envoyés ont été signalés distribués.</translation>
    </message>
    <message>
        <source>Nothing sent today yet.</source>
        <translation>Rien n’a encore été envoyé aujourd’hui.</translation>
    </message>
    <message>
        <source>Messages that could not be sent; review them.</source>
        <translation>Messages qui n’ont pas pu être envoyés&#xa0;; vérifiez-les.</translation>
    </message>
    <message>
        <source>From queued to accepted by the gateway, today.</source>
        <translation>De la mise en file à l’acceptation par la passerelle, aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeadLetterModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Removed phone</source>
        <translation>Téléphone supprimé</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Abandonné le</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeadLettersPage</name>
    <message>
        <source>Dead letters</source>
        <translation>Non envoyés</translation>
    </message>
    <message>
        <source>No dead letters</source>
        <translation>Aucun message non envoyé</translation>
    </message>
    <message>
        <source>Messages that could not be sent after every retry land here, with the reason. You can fix and resend them.</source>
        <translation>Les messages qui n’ont pas pu être envoyés malgré toutes les tentatives arrivent ici, avec la raison. Vous pouvez les corriger et les renvoyer.</translation>
    </message>
    <message>
        <source>Could not read the dead letters: %1</source>
        <translation>Impossible de lire les messages non envoyés&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Requeue</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Edit and requeue…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Requeue all matching</source>
        <translation>Renvoyer tous les résultats</translation>
    </message>
    <message>
        <source>Delete all matching…</source>
        <translation>Supprimer tous les résultats…</translation>
    </message>
    <message>
        <source>Requeueing…</source>
        <translation>Remise en file d’attente…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again.</source>
        <translation>
            <numerusform>%n message remis en file d’attente.</numerusform>
            <numerusform>%n messages remis en file d’attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n message supprimé.</numerusform>
            <numerusform>%n messages supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search number or text</source>
        <translation>Rechercher un numéro ou un texte</translation>
    </message>
    <message>
        <source>Search dead letters</source>
        <translation>Rechercher dans les messages non envoyés</translation>
    </message>
    <message>
        <source>All matching</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Actions on all matching messages</source>
        <translation>Actions sur tous les messages trouvés</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>The message is queued again.</source>
        <translation>Le message est de nouveau en file d’attente.</translation>
    </message>
    <message>
        <source>Delete dead letters</source>
        <translation>Supprimer les messages non envoyés</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) and their history? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n message et son historique&#xa0;? C’est irréversible.</numerusform>
            <numerusform>Supprimer %n messages et leur historique&#xa0;? C’est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>Arrêté. </translation>
    </message>
    <message>
        <source>Export dead letters</source>
        <translation>Exporter les messages non envoyés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 messages exported to %2.</source>
        <translation>%1 messages exportés vers %2.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DemoEnvironment</name>
    <message>
        <source>Demo phone %1</source>
        <translation>Téléphone démo %1</translation>
    </message>
    <message>
        <source>The demo phones could not start on 127.0.0.1.</source>
        <translation>Les téléphones démo n’ont pas pu démarrer sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Your parcel is waiting for you at the front desk.</source>
        <translation>Votre colis vous attend à l’accueil.</translation>
    </message>
    <message>
        <source>Spring sale: 20% off everything this weekend! Reply STOP to opt out.</source>
        <translation>Soldes de printemps&#xa0;: -20 % sur tout ce week-end&#xa0;! Répondez STOP pour vous désinscrire.</translation>
    </message>
    <message>
        <source>Reminder: your appointment is tomorrow at 10:00.</source>
        <translation>Rappel&#xa0;: votre rendez-vous est demain à 10h00.</translation>
    </message>
    <message>
        <source>Weekend opening hours</source>
        <translation>Horaires du week-end</translation>
    </message>
    <message>
        <source>We are open on Saturday and Sunday from 10:00 to 16:00. See you soon!</source>
        <translation>Nous sommes ouverts samedi et dimanche de 10h00 à 16h00. À bientôt&#xa0;!</translation>
    </message>
    <message>
        <source>demo customers</source>
        <translation>clients de démonstration</translation>
    </message>
</context>
<context>
    <name>smsdesk::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeviceEditDialog</name>
    <message>
        <source>SMS Gateway for Android — local server</source>
        <translation>SMS Gateway for Android — serveur local</translation>
    </message>
    <message>
        <source>SMS Gateway for Android — cloud server</source>
        <translation>SMS Gateway for Android — serveur cloud</translation>
    </message>
    <message>
        <source>MySMSGate</source>
        <translation>MySMSGate</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>e.g. Shop phone</source>
        <translation>p. ex. Téléphone du magasin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Passerelle&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Device id at the gateway (optional)</source>
        <translation>ID de l’appareil sur la passerelle (facultatif)</translation>
    </message>
    <message>
        <source>Remote device id</source>
        <translation>ID distant de l’appareil</translation>
    </message>
    <message>
        <source>&amp;Remote id:</source>
        <translation>&amp;ID distant&#xa0;:</translation>
    </message>
    <message>
        <source>SIM slot</source>
        <translation>Emplacement SIM</translation>
    </message>
    <message>
        <source>Phone default</source>
        <translation>Par défaut du téléphone</translation>
    </message>
    <message>
        <source>&amp;SIM slot:</source>
        <translation>Emplacement &amp;SIM&#xa0;:</translation>
    </message>
    <message>
        <source>SMS per minute</source>
        <translation>SMS par minute</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite&#xa0;:</translation>
    </message>
    <message>
        <source>SMS per day</source>
        <translation>SMS par jour</translation>
    </message>
    <message>
        <source> per day</source>
        <translation> par jour</translation>
    </message>
    <message>
        <source>No daily cap</source>
        <translation>Sans limite quotidienne</translation>
    </message>
    <message>
        <source>Counted in SMS segments; many tariffs limit SMS per day.</source>
        <translation>Compté en parties de SMS&#xa0;; de nombreux forfaits limitent les SMS par jour.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in Smsdesk&apos;s files.</source>
        <translation>Stockés dans le trousseau du système, jamais dans les fichiers de Smsdesk.</translation>
    </message>
    <message>
        <source>Credentials cannot be saved: %1</source>
        <translation>Impossible d’enregistrer les identifiants&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address must start with http:// or https:// and name a host.</source>
        <translation>L’adresse doit commencer par http:// ou https:// et indiquer un hôte.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Battery %1%</source>
        <translation>Batterie %1&#xa0;%</translation>
    </message>
    <message>
        <source>The phone list could not be read: %1</source>
        <translation>Impossible de lire la liste des téléphones&#xa0;: %1</translation>
    </message>
    <message>
        <source>No phone with id &quot;%1&quot; on this account; took &quot;%2&quot;.</source>
        <translation>Aucun téléphone avec l’ID «&#xa0;%1&#xa0;» sur ce compte&#xa0;; «&#xa0;%2&#xa0;» a été retenu.</translation>
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
        <translation>Téléphones de ce compte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Phone: %1.</source>
        <translation>Téléphone&#xa0;: %1.</translation>
    </message>
    <message>
        <source>SIM cards: %1.</source>
        <translation>Cartes SIM&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeviceModel</name>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline · seen %1</source>
        <translation>Hors ligne · dernier contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>No daily cap</source>
        <translation>Sans limite quotidienne</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not used for sending: %1</source>
        <translation>Non utilisé pour l’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Dernier contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>SMS segments today; the daily limit resets at midnight.</source>
        <translation>Parties de SMS aujourd’hui&#xa0;; la limite quotidienne repart à zéro à minuit.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Envoyés aujourd’hui</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Quota restant</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>smsdesk::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>No phones yet</source>
        <translation>Pas encore de téléphone</translation>
    </message>
    <message>
        <source>Smsdesk sends through your own Android phones. Add one running the SMS gateway app, or try demo mode with two simulated phones.</source>
        <translation>Smsdesk envoie avec vos propres téléphones Android. Ajoutez-en un équipé de l’application SMS Gateway, ou essayez le mode démo avec deux téléphones simulés.</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Essayer le mode démo</translation>
    </message>
    <message>
        <source>&amp;Add phone…</source>
        <translation>&amp;Ajouter un téléphone…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Acti&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Filter phones</source>
        <translation>Filtrer les téléphones</translation>
    </message>
    <message>
        <source>Could not read the phones: %1</source>
        <translation>Impossible de lire les téléphones&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>Remove phones</source>
        <translation>Supprimer des téléphones</translation>
    </message>
    <message>
        <source>Remove %1? Its credentials are deleted from the keychain; messages already sent keep their history.</source>
        <translation>Supprimer %1&#xa0;? Ses identifiants sont effacés du trousseau&#xa0;; les messages déjà envoyés gardent leur historique.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n phones? Their credentials are deleted from the keychain.</source>
        <translation>
            <numerusform>Supprimer %n téléphone&#xa0;? Ses identifiants sont effacés du trousseau.</numerusform>
            <numerusform>Supprimer %n téléphones&#xa0;? Leurs identifiants sont effacés du trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>How &amp;replies arrive…</source>
        <translation>Comment arrivent les &amp;réponses…</translation>
    </message>
    <message>
        <source>Replies and delivery reports of %1 are read from the gateway&apos;s history every few seconds; there is nothing to set up.</source>
        <translation>Les réponses et les rapports de distribution de %1 sont lus dans l’historique de la passerelle à quelques secondes d’intervalle&#xa0;; il n’y a rien à configurer.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DisplayFormat</name>
    <message>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>smsdesk::EditRequeueDialog</name>
    <message>
        <source>Edit and requeue</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Requeue</source>
        <translation>&amp;Renvoyer</translation>
    </message>
</context>
<context>
    <name>smsdesk::EngineFacade</name>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The message needs %1 SMS; at most %2 are allowed. Shorten it.</source>
        <translation>Le message nécessite %1 SMS&#xa0;; %2 au maximum sont autorisés. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The phone was saved, but its credentials were not: %1</source>
        <translation>Le téléphone a été enregistré, mais pas ses identifiants&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is %1 MB; a contact file may have up to %2 MB.</source>
        <translation>Le fichier fait %1 Mo&#xa0;; un fichier de contacts peut faire jusqu&apos;à %2 Mo.</translation>
    </message>
    <message>
        <source>This intake was removed already.</source>
        <translation>Cette source a déjà été supprimée.</translation>
    </message>
    <message>
        <source>Enter the address your app receives webhooks at.</source>
        <translation>Saisissez l’adresse à laquelle votre application reçoit les webhooks.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address with a host name and no user name or password in it, such as https://example.com/hooks/sms.</source>
        <translation>Utilisez une adresse http:// ou https:// avec un nom d’hôte, sans nom d’utilisateur ni mot de passe, par exemple https://example.com/hooks/sms.</translation>
    </message>
    <message>
        <source>Tick at least one event the endpoint should receive.</source>
        <translation>Cochez au moins un événement que l’endpoint doit recevoir.</translation>
    </message>
    <message>
        <source>The description may have up to %1 characters.</source>
        <translation>La description peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s signing secret cannot be kept on this computer, so nothing was added: %1</source>
        <translation>Le secret de signature de l’endpoint ne peut pas être conservé sur cet ordinateur, rien n’a donc été ajouté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::EngineStatus</name>
    <message>
        <source>Engine status</source>
        <translation>État de Smsdesk</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>État de l’envoi</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Messages en attente</translation>
    </message>
    <message>
        <source>Phones online</source>
        <translation>Téléphones en ligne</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>Dispatching</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>En pause — %1</translation>
    </message>
    <message>
        <source>%1 queued · %2 sending</source>
        <translation>%1 en attente · %2 en cours d’envoi</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>No phones</source>
        <translation>Aucun téléphone</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API désactivée</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>The local HTTP API is not running</source>
        <translation>L’API HTTP locale n’est pas lancée</translation>
    </message>
    <message>
        <source>Other programs send messages through http://%1</source>
        <translation>D’autres programmes envoient des messages via http://%1</translation>
    </message>
    <message>
        <source>Phones online: %1 of %2</source>
        <translation>Téléphones en ligne&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Smsdesk en marche</translation>
    </message>
    <message numerus="yes">
        <source>Queued messages are being sent through %n phone(s)</source>
        <translation>
            <numerusform>Les messages en attente sont envoyés par %n téléphone</numerusform>
            <numerusform>Les messages en attente sont envoyés par %n téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatching — at the phones&apos; per-minute limit</source>
        <translation>Envoi en cours — téléphones à leur limite par minute</translation>
    </message>
</context>
<context>
    <name>smsdesk::ErrorBanner</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Fermer l’avis</translation>
    </message>
</context>
<context>
    <name>smsdesk::EventModel</name>
    <message>
        <source>Queued</source>
        <translation>Mis en file d’attente</translation>
    </message>
    <message>
        <source>Handed to a phone</source>
        <translation>Confié à un téléphone</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Échec, nouvelle tentative prévue</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation>Remis en file d’attente</translation>
    </message>
    <message>
        <source>Not sent: no phone free</source>
        <translation>Non envoyé&#xa0;: aucun téléphone disponible</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Report from the phone</source>
        <translation>Rapport du téléphone</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Removed phone</source>
        <translation>Téléphone supprimé</translation>
    </message>
</context>
<context>
    <name>smsdesk::FirstRun</name>
    <message>
        <source>Could not start demo mode (%1). Start Smsdesk with --demo from a terminal instead.</source>
        <translation>Impossible de démarrer le mode démo (%1). Lancez plutôt Smsdesk avec --demo depuis un terminal.</translation>
    </message>
</context>
<context>
    <name>smsdesk::HistoryExportDialog</name>
    <message>
        <source>Export messages</source>
        <translation>Exporter les messages</translation>
    </message>
    <message>
        <source>This conversation: %1</source>
        <translation>Cette conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Les 7 derniers jours</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Messages of:</source>
        <translation>Messages de&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>A CSV file with both directions, oldest first: time, direction, number, contact, text, status, phone.</source>
        <translation>Un fichier CSV avec les deux sens, les plus anciens d’abord&#xa0;: heure, sens, numéro, contact, texte, statut, téléphone.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages exported to %1.</source>
        <translation>
            <numerusform>%n message exporté vers %1.</numerusform>
            <numerusform>%n messages exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a “To” date on or after the “From” date.</source>
        <translation>La période se termine avant de commencer&#xa0;: choisissez une date «&#xa0;Au&#xa0;» égale ou postérieure à la date «&#xa0;Du&#xa0;».</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n messages written</source>
        <translation>
            <numerusform>%n message écrit</numerusform>
            <numerusform>%n messages écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>smsdesk::HourChart</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeDialog</name>
    <message>
        <source>Add intake</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Edit intake</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Smsdesk reads the messages your own programs put on a queue, sends them, and tells the queue only once each is safely stored.</source>
        <translation>Smsdesk lit les messages que vos propres programmes déposent dans une file, les envoie et ne confirme chacun à la file qu’une fois enregistré en sûreté.</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>smsdesk and this computer&apos;s name</source>
        <translation>smsdesk et le nom de cet ordinateur</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Entries another reader took and did not finish are taken over after this long</source>
        <translation>Les entrées qu’un autre lecteur a prises sans les terminer sont reprises après ce délai</translation>
    </message>
    <message>
        <source>At most this many entries are read and not yet confirmed</source>
        <translation>Au plus ce nombre d’entrées est lu sans être encore confirmé</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Flux&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Consumer group:</source>
        <translation>&amp;Groupe de consommateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;nsumer name:</source>
        <translation>&amp;Nom du consommateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Take over after:</source>
        <translation>&amp;Reprendre après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Read ahead:</source>
        <translation>&amp;Lecture anticipée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Connect once and see what is there; nothing is read</source>
        <translation>Se connecter une fois et voir ce qui s’y trouve&#xa0;; rien n’est lu</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Clé secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeHost</name>
    <message>
        <source>Turned off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Reading the password</source>
        <translation>Lecture du mot de passe</translation>
    </message>
    <message>
        <source>This version cannot read from %1.</source>
        <translation>Cette version ne sait pas lire depuis %1.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeModel</name>
    <message>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Lag (p99)</source>
        <translation>Retard (p99)</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeSource</name>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeStrip</name>
    <message>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakesSection</name>
    <message>
        <source>Programs that already put messages on Redis, RabbitMQ or Amazon SQS can keep doing so: Smsdesk reads each queue below, sends what it finds, and confirms an entry to the queue only once it is stored. Entries it cannot read go to Dead letters, whole.</source>
        <translation>Les programmes qui déposent déjà des messages dans Redis, RabbitMQ ou Amazon SQS peuvent continuer&#xa0;: Smsdesk lit chaque file ci-dessous, envoie ce qu’il trouve et ne confirme une entrée à la file qu’une fois enregistrée. Les entrées illisibles vont, entières, dans «&#xa0;Non envoyés&#xa0;».</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Could not read the intakes: %1</source>
        <translation>Impossible de lire les sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove intake</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Stop reading “%1” and forget it? Entries still on the queue stay there.</source>
        <translation>Arrêter de lire «&#xa0;%1&#xa0;» et l’oublier&#xa0;? Les entrées encore dans la file y restent.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
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
        <translation>Cette page n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>Impossible de lire la file d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Non envoyés</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>A phone</source>
        <translation>Un téléphone</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Phone needs attention</source>
        <translation>Un téléphone requiert votre attention</translation>
    </message>
    <message>
        <source>Open Devices</source>
        <translation>Ouvrir Appareils</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Message non envoyé</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>À %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
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
        <translation>Détails du message</translation>
    </message>
    <message>
        <source>Select a message to see what happened to it.</source>
        <translation>Sélectionnez un message pour voir ce qui lui est arrivé.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Historique du message</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n message sélectionné.</numerusform>
            <numerusform>%n messages sélectionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) · %1 · %2 SMS, %3</source>
        <translation>
            <numerusform>%n tentative · %1 · %2 SMS, %3</numerusform>
            <numerusform>%n tentatives · %1 · %2 SMS, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Impossible de lire l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Entry as the broker gave it</source>
        <translation>Entrée telle que le broker l’a fournie</translation>
    </message>
    <message>
        <source>From %1, entry %2, as it came:</source>
        <translation>De %1, entrée %2, telle qu’elle est arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>… (%1 more bytes not shown)</source>
        <translation>… (%1 octets de plus non affichés)</translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageNotifier</name>
    <message numerus="yes">
        <source>%n new messages from %1</source>
        <translation>
            <numerusform>%n nouveau message de %1</numerusform>
            <numerusform>%n nouveaux messages de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from %1 people</source>
        <translation>
            <numerusform>%n nouveau message de %1 personnes</numerusform>
            <numerusform>%n nouveaux messages de %1 personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageSearchList</name>
    <message>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>No messages contain “%1”.</source>
        <translation>Aucun message ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Messages: the newest %n</source>
        <translation>
            <numerusform>Messages&#xa0;: le %n plus récent</numerusform>
            <numerusform>Messages&#xa0;: les %n plus récents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages: %n found</source>
        <translation>
            <numerusform>Messages&#xa0;: %n trouvé</numerusform>
            <numerusform>Messages&#xa0;: %n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>The search was long: only its start was searched.</source>
        <translation>Le texte recherché était long&#xa0;: seul son début a été cherché.</translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageSearchModel</name>
    <message>
        <source>To %1: %2</source>
        <translation>À %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>De %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>e.g. Spring sale</source>
        <translation>p. ex. Soldes de printemps</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>Every message as it will be sent</source>
        <translation>Chaque message tel qu’il sera envoyé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Queue campaign</source>
        <translation>Mettre la campagne en &amp;file d’attente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Preview — nothing is queued until you click Queue campaign:</source>
        <translation>Aperçu — rien n’est mis en file d’attente avant que vous cliquiez sur «&#xa0;Mettre la campagne en file d’attente&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>A contact &amp;group</source>
        <translation>Un &amp;groupe de contacts</translation>
    </message>
    <message>
        <source>A CSV &amp;file</source>
        <translation>Un fichier &amp;CSV</translation>
    </message>
    <message>
        <source>&amp;Pasted numbers</source>
        <translation>Numéros co&amp;llés</translation>
    </message>
    <message>
        <source>Contact group</source>
        <translation>Groupe de contacts</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Pas encore de fichier.</translation>
    </message>
    <message>
        <source>Column with the numbers</source>
        <translation>Colonne des numéros</translation>
    </message>
    <message>
        <source>Numbers in:</source>
        <translation>Numéros dans&#xa0;:</translation>
    </message>
    <message>
        <source>One number a line, or several apart by commas</source>
        <translation>Un numéro par ligne, ou plusieurs séparés par des virgules</translation>
    </message>
    <message>
        <source>Pasted numbers</source>
        <translation>Numéros collés</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Saved text</source>
        <translation>Texte enregistré</translation>
    </message>
    <message>
        <source>Campaign text</source>
        <translation>Texte de la campagne</translation>
    </message>
    <message>
        <source>Hi {first_name|there}, …  Fields: {first_name}, {name}, a CSV column&apos;s name</source>
        <translation>Bonjour {first_name|there}, …  Champs&#xa0;: {first_name}, {name}, le nom d’une colonne du CSV</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>Démarrer &amp;maintenant</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>&amp;Démarrer le&#xa0;:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>As fast as the phones allow</source>
        <translation>Aussi vite que les téléphones le permettent</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>Messages a minute</source>
        <translation>Messages par minute</translation>
    </message>
    <message>
        <source>Messages a minute; the phones&apos; own limits still hold.</source>
        <translation>Messages par minute&#xa0;; les limites propres des téléphones s’appliquent toujours.</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Rythme&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet: put contacts in a group on the Contacts page</source>
        <translation>Pas encore de groupes&#xa0;: placez des contacts dans un groupe dans la page Contacts</translation>
    </message>
    <message>
        <source>Saved text…</source>
        <translation>Texte enregistré…</translation>
    </message>
    <message>
        <source>Recipients from a CSV file</source>
        <translation>Destinataires depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2&#xa0;Mo.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not read as CSV: %2</source>
        <translation>%1 ne se lit pas comme un CSV&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne</numerusform>
            <numerusform>%1&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation>Choisissez un groupe.</translation>
    </message>
    <message>
        <source>Open a CSV file.</source>
        <translation>Ouvrez un fichier CSV.</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Choisissez la colonne qui contient les numéros de téléphone.</translation>
    </message>
    <message>
        <source>Choose the recipients.</source>
        <translation>Choisissez les destinataires.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>pasted numbers</source>
        <translation>numéros collés</translation>
    </message>
    <message>
        <source>Paste or type the numbers to text.</source>
        <translation>Collez ou saisissez les numéros des destinataires.</translation>
    </message>
    <message>
        <source>Nobody to text.</source>
        <translation>Aucun destinataire.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s). Write the text (or pick a saved one) to see every message.</source>
        <translation>
            <numerusform>%n destinataire. Rédigez le texte (ou choisissez un texte enregistré) pour voir chaque message.</numerusform>
            <numerusform>%n destinataires. Rédigez le texte (ou choisissez un texte enregistré) pour voir chaque message.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text cannot be sent: %1</source>
        <translation>Le texte ne peut pas être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix the text to see the messages.</source>
        <translation>Corrigez le texte pour voir les messages.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n message(s)</source>
        <translation>
            <numerusform>Mettre %n message en &amp;file d’attente</numerusform>
            <numerusform>Mettre %n messages en &amp;file d’attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the campaign a name first</source>
        <translation>Donnez d’abord un nom à la campagne</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>Rien n’a été mis en file d’attente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::NewConversationBar</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Phone number, e.g. +49 30 1234567</source>
        <translation>Numéro de téléphone, p. ex. +33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Vérification du numéro</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Cancel new conversation</source>
        <translation>Annuler la nouvelle conversation</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1.</source>
        <translation>Les numéros sans indicatif de pays sont considérés comme des numéros de %1.</translation>
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
        <translation>Annuler la désinscription…</translation>
    </message>
    <message>
        <source>Only when the customer asked to hear from you again</source>
        <translation>Seulement si le client a demandé à recevoir de nouveau vos messages</translation>
    </message>
    <message>
        <source>Opt out…</source>
        <translation>Désinscrire…</translation>
    </message>
    <message>
        <source>Put this number on the opt-out list: nothing more is sent to it</source>
        <translation>Mettre ce numéro sur la liste des désinscrits&#xa0;: plus rien ne lui est envoyé</translation>
    </message>
    <message>
        <source>%1 opted out on %2 by writing “%3”.</source>
        <translation>%1 s’est désinscrit le %2 en écrivant «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list by hand on %2.</source>
        <translation>%1 a été mis à la main sur la liste des désinscrits le %2.</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list by hand on %2: %3</source>
        <translation>%1 a été mis à la main sur la liste des désinscrits le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list through the API on %2.</source>
        <translation>%1 a été mis sur la liste des désinscrits via l’API le %2.</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list through the API on %2: %3</source>
        <translation>%1 a été mis sur la liste des désinscrits via l’API le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing can be sent to this number until they write START or the opt-out is lifted.</source>
        <translation>Rien ne peut être envoyé à ce numéro tant que le client n’écrit pas START ou que la désinscription n’est pas annulée.</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>Put %1 on the opt-out list? Nothing more will be sent to this number, and what waits to be sent is cancelled.

Note (optional, e.g. “asked on the phone”):</source>
        <translation>Mettre %1 sur la liste des désinscrits&#xa0;? Plus rien ne sera envoyé à ce numéro, et ce qui attend d’être envoyé est annulé.

Note (facultative, p. ex. «&#xa0;demandé au téléphone&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Could not add the number: %1</source>
        <translation>Impossible d’ajouter le numéro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lift opt-out</source>
        <translation>Annuler la désinscription</translation>
    </message>
    <message>
        <source>Lift the opt-out of %1? Do this only when they asked to hear from you again. Messages cancelled while they were opted out stay cancelled.</source>
        <translation>Annuler la désinscription de %1&#xa0;? Ne le faites que si le client a demandé à recevoir de nouveau vos messages. Les messages annulés pendant sa désinscription restent annulés.</translation>
    </message>
    <message>
        <source>Could not lift it: %1</source>
        <translation>Impossible d’annuler la désinscription&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::OptOutsSection</name>
    <message>
        <source>wrote “%1”</source>
        <translation>a écrit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>by hand: %1</source>
        <translation>à la main&#xa0;: %1</translation>
    </message>
    <message>
        <source>through the API</source>
        <translation>via l’API</translation>
    </message>
    <message>
        <source>through the API: %1</source>
        <translation>via l’API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is sent to a number on this list. A customer who writes STOP (or STOPP, BAJA, ARRÊT, UNSUBSCRIBE…) is put on it at once and what waited for them is cancelled; START takes them off.</source>
        <translation>Rien n’est envoyé aux numéros de cette liste. Un client qui écrit STOP (ou STOPP, BAJA, ARRÊT, UNSUBSCRIBE…) y est ajouté immédiatement et ce qui l’attendait est annulé&#xa0;; START l’en retire.</translation>
    </message>
    <message>
        <source>Search by number or name</source>
        <translation>Rechercher par numéro ou par nom</translation>
    </message>
    <message>
        <source>Search the opt-out list</source>
        <translation>Rechercher dans la liste des désinscrits</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Liste des désinscrits</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Answer STOP with:</source>
        <translation>Répondre à STOP par&#xa0;:</translation>
    </message>
    <message>
        <source>Answer to STOP</source>
        <translation>Réponse à STOP</translation>
    </message>
    <message>
        <source>Answer START with:</source>
        <translation>Répondre à START par&#xa0;:</translation>
    </message>
    <message>
        <source>Answer to START</source>
        <translation>Réponse à START</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Enregistrer les réponses</translation>
    </message>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>Impossible de lire la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody has opted out.</source>
        <translation>Personne ne s’est désinscrit.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n numbers; Export CSV… has them all.</source>
        <translation>
            <numerusform>Les %1 plus récents sur %n numéro&#xa0;; «&#xa0;Exporter en CSV…&#xa0;» les contient tous.</numerusform>
            <numerusform>Les %1 plus récents sur %n numéros&#xa0;; «&#xa0;Exporter en CSV…&#xa0;» les contient tous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the list.</source>
        <translation>
            <numerusform>%n numéro dans la liste.</numerusform>
            <numerusform>%n numéros dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>You will get no more messages from us. Reply START to hear from us again.</source>
        <translation>Vous ne recevrez plus de messages de notre part. Répondez START pour en recevoir de nouveau.</translation>
    </message>
    <message>
        <source>Welcome back! You will hear from us again. Reply STOP to opt out.</source>
        <translation>Bon retour parmi nous&#xa0;! Vous recevrez de nouveau nos messages. Répondez STOP pour vous désinscrire.</translation>
    </message>
    <message>
        <source>The answers to STOP and START are saved for every desk.</source>
        <translation>Les réponses à STOP et START sont enregistrées pour tous les postes.</translation>
    </message>
    <message>
        <source>The answers were not saved: %1</source>
        <translation>Les réponses n’ont pas été enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add to the opt-out list</source>
        <translation>Ajouter à la liste des désinscrits</translation>
    </message>
    <message>
        <source>Phone number (nothing more will be sent to it):</source>
        <translation>Numéro de téléphone (plus rien ne lui sera envoyé)&#xa0;:</translation>
    </message>
    <message>
        <source>Note (optional, e.g. “asked on the phone”):</source>
        <translation>Note (facultative, p. ex. «&#xa0;demandé au téléphone&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the opt-out list</source>
        <translation>Exporter la liste des désinscrits</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported; choose another folder.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Rien n’a été exporté&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::PairingDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Replies and delivery reports are fetched from the phone every %1 s; nothing to set up on the phone.</source>
        <translation>Les réponses et les rapports de distribution sont récupérés sur le téléphone toutes les %1 s&#xa0;; rien à configurer sur le téléphone.</translation>
    </message>
    <message>
        <source>Webhooks registered on the phone (to %1): replies and delivery reports arrive at once. They are also fetched every %2 s, in case one is missed.</source>
        <translation>Webhooks enregistrés sur le téléphone (vers %1)&#xa0;: les réponses et les rapports de distribution arrivent aussitôt. Ils sont aussi récupérés toutes les %2 s, au cas où l’un d’eux manquerait.</translation>
    </message>
    <message>
        <source>Smsdesk is registering its webhooks on the phone (to %1). Until then replies and delivery reports are fetched every %2 s.</source>
        <translation>Smsdesk enregistre ses webhooks sur le téléphone (vers %1). D’ici là, les réponses et les rapports de distribution sont récupérés toutes les %2 s.</translation>
    </message>
    <message>
        <source>The webhooks could not be registered on the phone: %1. Replies and delivery reports are fetched every %2 s meanwhile; Smsdesk tries again every minute.</source>
        <translation>Impossible d’enregistrer les webhooks sur le téléphone&#xa0;: %1. En attendant, les réponses et les rapports de distribution sont récupérés toutes les %2 s&#xa0;; Smsdesk réessaie toutes les minutes.</translation>
    </message>
    <message>
        <source>The SMSGate server cannot list received SMS (its inbox answers HTTP 501), so customer replies reach Smsdesk only by webhook. Delivery reports are fetched from the server.</source>
        <translation>Le serveur SMSGate ne peut pas lister les SMS reçus (sa boîte de réception répond HTTP 501), donc les réponses des clients n’arrivent à Smsdesk que par webhook. Les rapports de distribution sont récupérés sur le serveur.</translation>
    </message>
    <message>
        <source>To get replies, start Smsdesk with a gateway listener at a public https:// address (--gateway-listen with --gateway-cert and --gateway-key, or --gateway-url behind a tunnel); it then registers the webhooks itself.</source>
        <translation>Pour recevoir les réponses, démarrez Smsdesk avec un écouteur de passerelle à une adresse https:// publique (--gateway-listen avec --gateway-cert et --gateway-key, ou --gateway-url derrière un tunnel)&#xa0;; Smsdesk enregistre alors lui-même les webhooks.</translation>
    </message>
    <message>
        <source>Webhooks registered at the server (to %1). The server cannot set the phones&apos; signing key: in the app on each phone, open Settings, Webhooks, Signing key, and enter the secret below.</source>
        <translation>Webhooks enregistrés sur le serveur (vers %1). Le serveur ne peut pas définir la clé de signature des téléphones&#xa0;: dans l’application de chaque téléphone, ouvrez «&#xa0;Settings&#xa0;», «&#xa0;Webhooks&#xa0;», «&#xa0;Signing key&#xa0;» et saisissez le secret ci-dessous.</translation>
    </message>
    <message>
        <source>The webhooks could not be registered: %1. Smsdesk tries again every minute.</source>
        <translation>Impossible d’enregistrer les webhooks&#xa0;: %1. Smsdesk réessaie toutes les minutes.</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>pas encore tenté</translation>
    </message>
    <message>
        <source>Replies from %1</source>
        <translation>Réponses de %1</translation>
    </message>
    <message>
        <source>How replies arrive</source>
        <translation>Comment arrivent les réponses</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
</context>
<context>
    <name>smsdesk::QuietHoursSection</name>
    <message>
        <source>Hold messages during &amp;quiet hours</source>
        <translation>Retenir les messages pendant les heures de &amp;silence</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures de silence</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures de silence</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures de silence</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no exemption</source>
        <translation>aucune exception</translation>
    </message>
    <message>
        <source>Replies exempt within minutes of the customer&apos;s message</source>
        <translation>Réponses exemptées dans les minutes suivant le message du client</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;time:</source>
        <translation>&amp;Heure du destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replies exempt within:</source>
        <translation>Ré&amp;ponses exemptées pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Quiet hours: “%1” is not a time; write the start as hours and minutes, e.g. 21:00.</source>
        <translation>Heures de silence&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure&#xa0;; saisissez le début en heures et minutes, p. ex. 21:00.</translation>
    </message>
    <message>
        <source>Quiet hours: “%1” is not a time; write the end as hours and minutes, e.g. 08:00.</source>
        <translation>Heures de silence&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure&#xa0;; saisissez la fin en heures et minutes, p. ex. 08:00.</translation>
    </message>
    <message>
        <source>Quiet hours: the end must differ from the start.</source>
        <translation>Heures de silence&#xa0;: la fin doit être différente du début.</translation>
    </message>
    <message>
        <source>Messages not marked urgent wait from %1 to %2 in the recipient&apos;s time zone (from the number; your own where the number does not tell), campaigns and retries included.</source>
        <translation>Les messages non marqués comme urgents attendent de %1 à %2 dans le fuseau horaire du destinataire (d’après le numéro&#xa0;; le vôtre si le numéro ne l’indique pas), campagnes et nouvelles tentatives comprises.</translation>
    </message>
    <message>
        <source>Off: messages are sent at any hour.</source>
        <translation>Désactivé&#xa0;: les messages sont envoyés à toute heure.</translation>
    </message>
    <message numerus="yes">
        <source>A reply written within %n minute(s) of the customer&apos;s own message is sent at once.</source>
        <translation>
            <numerusform>Une réponse écrite moins de %n minute après le message du client est envoyée immédiatement.</numerusform>
            <numerusform>Une réponse écrite moins de %n minutes après le message du client est envoyée immédiatement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::RabbitMqIntake</name>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Reading queue %1 on RabbitMQ %2 (read ahead %3)</source>
        <translation>Lecture de la file %1 sur RabbitMQ %2 (lecture anticipée %3)</translation>
    </message>
    <message>
        <source>the connection to RabbitMQ was lost (%1)</source>
        <translation>la connexion à RabbitMQ a été perdue (%1)</translation>
    </message>
    <message>
        <source>%1; RabbitMQ is blocking publishers (%2)</source>
        <translation>%1&#xa0;; RabbitMQ n’accepte plus de nouveaux messages pour l’instant (%2)</translation>
    </message>
    <message>
        <source>RabbitMQ cancelled the consumer (was queue %1 deleted?)</source>
        <translation>RabbitMQ a annulé le consommateur (la file %1 a-t-elle été supprimée&#xa0;?)</translation>
    </message>
    <message>
        <source>RabbitMQ closed the channel: %1</source>
        <translation>RabbitMQ a fermé le canal&#xa0;: %1</translation>
    </message>
    <message>
        <source>RabbitMQ closed the connection: %1</source>
        <translation>RabbitMQ a fermé la connexion&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>La base de données de Smsdesk n’a pas accepté %n message (%1)&#xa0;; nouvel essai dans %2&#xa0;s</numerusform>
            <numerusform>La base de données de Smsdesk n’a pas accepté %n messages (%1)&#xa0;; nouvel essai dans %2&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; again in %2 s</source>
        <translation>%1&#xa0;; nouvel essai dans %2&#xa0;s</translation>
    </message>
    <message numerus="yes">
        <source>RabbitMQ %1: queue %2 has %n message(s), %3 consumer(s)</source>
        <translation>
            <numerusform>RabbitMQ %1&#xa0;: la file %2 contient %n message, consommateurs&#xa0;: %3</numerusform>
            <numerusform>RabbitMQ %1&#xa0;: la file %2 contient %n messages, consommateurs&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>RabbitMQ %1: no queue %2 yet; the intake declares it durable when it starts</source>
        <translation>RabbitMQ %1&#xa0;: pas encore de file %2&#xa0;; la source la crée durable au démarrage</translation>
    </message>
</context>
<context>
    <name>smsdesk::RedisConnection</name>
    <message>
        <source>not connected to Redis at %1</source>
        <translation>pas de connexion à Redis sur %1</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 s</source>
        <translation>Redis sur %1 n’a pas répondu en %2&#xa0;s</translation>
    </message>
    <message>
        <source>the connection to Redis at %1 was lost (%2)</source>
        <translation>la connexion à Redis sur %1 a été perdue (%2)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>could not connect to Redis at %1: %2</source>
        <translation>impossible de se connecter à Redis sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Redis at %1 refused the password for user %2 (%3)</source>
        <translation>Redis sur %1 a refusé le mot de passe de l’utilisateur %2 (%3)</translation>
    </message>
    <message>
        <source>Redis at %1 has no database %2 (%3)</source>
        <translation>Redis sur %1 n’a pas de base de données %2 (%3)</translation>
    </message>
    <message>
        <source>Redis at %1 wants a password (%2); give it in the URL: redis://:password@host:port</source>
        <translation>Redis sur %1 demande un mot de passe (%2)&#xa0;; indiquez-le dans l’URL&#xa0;: redis://:password@host:port</translation>
    </message>
</context>
<context>
    <name>smsdesk::RedisIntake</name>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Reading %1 as %2/%3 on Redis %4 (read ahead %5)</source>
        <translation>Lecture de %1 en tant que %2/%3 sur Redis %4 (lecture anticipée %5)</translation>
    </message>
    <message>
        <source>Redis refused to make group %1 on stream %2 (%3)</source>
        <translation>Redis a refusé de créer le groupe %1 sur le flux %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>La base de données de Smsdesk n’a pas accepté %n message (%1)&#xa0;; nouvel essai dans %2&#xa0;s</numerusform>
            <numerusform>La base de données de Smsdesk n’a pas accepté %n messages (%1)&#xa0;; nouvel essai dans %2&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; Redis %2 cannot hand over a stopped desk&apos;s entries (XAUTOCLAIM needs 6.2)</source>
        <translation>%1&#xa0;; avec Redis %2, les entrées d’un poste arrêté ne sont pas reprises (XAUTOCLAIM exige 6.2)</translation>
    </message>
    <message>
        <source>Redis answered: %1</source>
        <translation>Redis a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; again in %2 s</source>
        <translation>%1&#xa0;; nouvel essai dans %2&#xa0;s</translation>
    </message>
    <message>
        <source>Redis %1: no stream %2 yet; the intake makes it, and group %3, when it starts</source>
        <translation>Redis %1&#xa0;: pas encore de flux %2&#xa0;; la source le crée, avec le groupe %3, au démarrage</translation>
    </message>
    <message>
        <source>Redis %1: %2 is not a stream (%3)</source>
        <translation>Redis %1&#xa0;: %2 n’est pas un flux (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: stream %2 has %n entries, group %3 has %4 pending</source>
        <translation>
            <numerusform>Redis %1&#xa0;: le flux %2 contient %n entrée, le groupe %3 en a %4 à confirmer</numerusform>
            <numerusform>Redis %1&#xa0;: le flux %2 contient %n entrées, le groupe %3 en a %4 à confirmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: stream %2 has %n entries; no group %3 yet, the intake makes it and reads the entries added from then on</source>
        <translation>
            <numerusform>Redis %1&#xa0;: le flux %2 contient %n entrée&#xa0;; pas encore de groupe %3, la source le crée et lit les entrées ajoutées à partir de là</numerusform>
            <numerusform>Redis %1&#xa0;: le flux %2 contient %n entrées&#xa0;; pas encore de groupe %3, la source le crée et lit les entrées ajoutées à partir de là</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::SavedTextsSection</name>
    <message>
        <source>Saved texts</source>
        <translation>Textes enregistrés</translation>
    </message>
    <message>
        <source>Name of the saved text</source>
        <translation>Nom du texte enregistré</translation>
    </message>
    <message>
        <source>e.g. Order ready</source>
        <translation>p. ex. Commande prête</translation>
    </message>
    <message>
        <source>Saved text</source>
        <translation>Texte enregistré</translation>
    </message>
    <message>
        <source>Hi {first_name}, your order is ready.</source>
        <translation>Bonjour {first_name}, votre commande est prête.</translation>
    </message>
    <message>
        <source>Placeholders: {first_name}, {last_name}, {name}, {phone}, a contact&apos;s own fields such as {order_no}, and a default after a bar: {first_name|there}.</source>
        <translation>Champs&#xa0;: {first_name}, {last_name}, {name}, {phone}, les champs propres d&apos;un contact comme {order_no}, et une valeur par défaut après une barre&#xa0;: {first_name|cher client}.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save text</source>
        <translation>&amp;Enregistrer le texte</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Could not read the saved texts: %1</source>
        <translation>Impossible de lire les textes enregistrés&#xa0;: %1</translation>
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
        <translation>Pour %1&#xa0;: « %2 » — %3</translation>
    </message>
    <message>
        <source>The text was not saved: %1</source>
        <translation>Le texte n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete saved text</source>
        <translation>Supprimer le texte enregistré</translation>
    </message>
    <message>
        <source>Delete “%1”? Messages already sent with it stay as they are.</source>
        <translation>Supprimer « %1 »&#xa0;? Les messages déjà envoyés avec ce texte restent tels quels.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The text was not deleted: %1</source>
        <translation>Le texte n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left empty here: {%1}. A contact with such a field fills it in; give a default with a bar, e.g. {%2|…}, for customers without it.</source>
        <translation>Laissé vide ici&#xa0;: {%1}. Un contact ayant ce champ le remplit&#xa0;; pour les clients qui ne l&apos;ont pas, donnez une valeur par défaut après une barre, p. ex. {%2|…}.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ScheduleDialog</name>
    <message>
        <source>Edit scheduled message</source>
        <translation>Modifier le message planifié</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Date d’envoi</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <source>Send at (your time):</source>
        <translation>Date d’envoi (votre heure)&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>The recipient&apos;s country has several time zones; check the time is right for them.</source>
        <translation>Le pays du destinataire a plusieurs fuseaux horaires&#xa0;; vérifiez que l’heure lui convient.</translation>
    </message>
    <message>
        <source>The same time for the recipient (%1).</source>
        <translation>La même heure pour le destinataire (%1).</translation>
    </message>
    <message>
        <source>%1 for the recipient (%2).</source>
        <translation>%1 pour le destinataire (%2).</translation>
    </message>
    <message>
        <source>Pick a time at least a minute from now.</source>
        <translation>Choisissez une heure au moins une minute dans le futur.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ScheduledListDialog</name>
    <message>
        <source>Scheduled messages</source>
        <translation>Messages planifiés</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Date d’envoi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Annuler le message</translation>
    </message>
    <message>
        <source>Cannot read the scheduled messages: %1</source>
        <translation>Impossible de lire les messages planifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is scheduled. Use “Later…” beside Send to schedule a message.</source>
        <translation>Rien n’est planifié. Utilisez «&#xa0;Plus tard…&#xa0;» à côté d’Envoyer pour planifier un message.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) scheduled.</source>
        <translation>
            <numerusform>%n message planifié.</numerusform>
            <numerusform>%n messages planifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Cancel this scheduled message? It will not be sent.</source>
        <translation>Annuler ce message planifié&#xa0;? Il ne sera pas envoyé.</translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation>Non annulé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Serveur de l’API</translation>
    </message>
    <message>
        <source>Gateway accounts</source>
        <translation>Comptes de passerelle</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Default region for numbers</source>
        <translation>Région par défaut des numéros</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Région par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Numbers typed without a country code, like 0171 1234567, are read as numbers in this region.</source>
        <translation>Les numéros saisis sans indicatif de pays, comme 06 12 34 56 78, sont lus comme des numéros de cette région.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>Première nouvelle tentative après</translation>
    </message>
    <message>
        <source>Growth per retry</source>
        <translation>Augmentation par tentative</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente maximale</translation>
    </message>
    <message>
        <source>Attempts before giving up</source>
        <translation>Tentatives avant abandon</translation>
    </message>
    <message>
        <source>First retry &amp;after:</source>
        <translation>Première nouvelle tentative a&amp;près&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Growth per retry:</source>
        <translation>Au&amp;gmentation par tentative&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>Attente ma&amp;ximale&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ttempts:</source>
        <translation>&amp;Tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>Adresse d’éc&amp;oute&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed host names</source>
        <translation>Noms d’hôte autorisés</translation>
    </message>
    <message>
        <source>One name per line, e.g. smsdesk.office.lan</source>
        <translation>Un nom par ligne, p. ex. smsdesk.office.lan</translation>
    </message>
    <message>
        <source>Allowed &amp;host names:</source>
        <translation>Noms d’&amp;hôte autorisés&#xa0;:</translation>
    </message>
    <message>
        <source>Besides the listen address and localhost, only these names are accepted in the Host header (protection against DNS rebinding). Address changes apply after a restart.</source>
        <translation>Outre l’adresse d’écoute et localhost, seuls ces noms sont acceptés dans l’en-tête Host (protection contre le DNS rebinding). Un changement d’adresse prend effet après un redémarrage.</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Jetons d’API</translation>
    </message>
    <message>
        <source>MySMSGate API key</source>
        <translation>Clé d’API MySMSGate</translation>
    </message>
    <message>
        <source>From the MySMSGate dashboard</source>
        <translation>Depuis le tableau de bord MySMSGate</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>MySMSGate API &amp;key:</source>
        <translation>&amp;Clé d’API MySMSGate&#xa0;:</translation>
    </message>
    <message>
        <source>Keys cannot be saved: %1</source>
        <translation>Impossible d’enregistrer les clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Used by every phone on the MySMSGate gateway. Stored in the system keychain.</source>
        <translation>Utilisée par tous les téléphones de la passerelle MySMSGate. Stockée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Failed messages go to the dead letters after the first attempt.</source>
        <translation>Les messages en échec vont dans «&#xa0;Non envoyés&#xa0;» après la première tentative.</translation>
    </message>
    <message>
        <source>Waits up to %1 between attempts, then gives up after at most %2.</source>
        <translation>Attend jusqu’à %1 entre les tentatives, puis abandonne après %2 au plus.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Add a MySMSGate phone on the Devices page first; its key is kept with it.</source>
        <translation>Ajoutez d’abord un téléphone MySMSGate dans la page Appareils&#xa0;; sa clé est conservée avec lui.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>Impossible d’enregistrer la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API key is saved in the keychain.</source>
        <translation>La clé d’API est enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>How MySMSGate webhooks are checked</source>
        <translation>Comment les webhooks MySMSGate sont vérifiés</translation>
    </message>
    <message>
        <source>Standard Webhooks signature</source>
        <translation>Signature Standard Webhooks</translation>
    </message>
    <message>
        <source>Secret in the address (?token=)</source>
        <translation>Secret dans l&apos;adresse (?token=)</translation>
    </message>
    <message>
        <source>&amp;MySMSGate webhooks:</source>
        <translation>Webhooks &amp;MySMSGate&#xa0;:</translation>
    </message>
    <message>
        <source>Settings saved for every desk on this database.</source>
        <translation>Paramètres enregistrés pour tous les postes de cette base de données.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>The settings were changed on another desk. Revert shows them; Apply replaces them with yours.</source>
        <translation>Les paramètres ont été modifiés sur un autre poste. Rétablir les affiche&#xa0;; Appliquer les remplace par les vôtres.</translation>
    </message>
    <message>
        <source>Saved texts</source>
        <translation>Textes enregistrés</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures de silence</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Play a &amp;sound when an SMS arrives</source>
        <translation>Émettre un &amp;son à l’arrivée d’un SMS</translation>
    </message>
    <message>
        <source>Sound for new messages</source>
        <translation>Son pour les nouveaux messages</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications&#xa0;:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>Default requests per second per token</source>
        <translation>Requêtes par seconde par défaut par token</translation>
    </message>
    <message>
        <source>bursts of </source>
        <translation>rafales de </translation>
    </message>
    <message>
        <source>Default requests at once per token</source>
        <translation>Requêtes simultanées par défaut par token</translation>
    </message>
    <message>
        <source>Default &amp;limit per token:</source>
        <translation>&amp;Limite par défaut par token&#xa0;:</translation>
    </message>
    <message>
        <source>Each token may send this many requests unless it has a limit of its own (Limit… below). Changes apply at once, without a restart.</source>
        <translation>Chaque token peut envoyer ce nombre de requêtes, sauf s’il a sa propre limite (Limite… ci-dessous). Les changements s’appliquent aussitôt, sans redémarrage.</translation>
    </message>
    <message>
        <source>The default limit was not saved: %1</source>
        <translation>La limite par défaut n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Outgoing webhooks</source>
        <translation>Webhooks sortants</translation>
    </message>
</context>
<context>
    <name>smsdesk::Sidebar</name>
    <message>
        <source>Places</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation>Raccourci %1</translation>
    </message>
    <message>
        <source>%1, %2 new</source>
        <translation>%1, nouveautés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::SqsIntake</name>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>SQS at %1 gave no URL for queue %2</source>
        <translation>SQS sur %1 n’a donné aucune URL pour la file %2</translation>
    </message>
    <message>
        <source>Reading queue %1 at %2 (read ahead %3, visibility %4 s)</source>
        <translation>Lecture de la file %1 sur %2 (lecture anticipée %3, visibilité %4&#xa0;s)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n message(s) arrived damaged (body and MD5 differ), left to come again</source>
        <translation>
            <numerusform>%1&#xa0;; %n message est arrivé abîmé (corps et MD5 différents)&#xa0;; il reviendra</numerusform>
            <numerusform>%1&#xa0;; %n messages sont arrivés abîmés (corps et MD5 différents)&#xa0;; ils reviendront</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>La base de données de Smsdesk n’a pas accepté %n message (%1)&#xa0;; nouvel essai dans %2&#xa0;s</numerusform>
            <numerusform>La base de données de Smsdesk n’a pas accepté %n messages (%1)&#xa0;; nouvel essai dans %2&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>SQS at %1 has no queue %2</source>
        <translation>SQS sur %1 n’a pas de file %2</translation>
    </message>
    <message>
        <source>SQS at %1: %2</source>
        <translation>SQS sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; again in %2 s</source>
        <translation>%1&#xa0;; nouvel essai dans %2&#xa0;s</translation>
    </message>
    <message numerus="yes">
        <source>SQS at %1: queue %2 has %n message(s) waiting, %3 being read</source>
        <translation>
            <numerusform>SQS sur %1&#xa0;: la file %2 a %n message en attente, %3 en lecture</numerusform>
            <numerusform>SQS sur %1&#xa0;: la file %2 a %n messages en attente, %3 en lecture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ThreadDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::ThreadListModel</name>
    <message numerus="yes">
        <source>%1, %n unread: %2</source>
        <translation>
            <numerusform>%1, %n non lu&#xa0;: %2</numerusform>
            <numerusform>%1, %n non lus&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · Messages: %2</source>
        <translation>%1 · Messages&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::TokenLimitDialog</name>
    <message>
        <source>&amp;Own limit:</source>
        <translation>Limite &amp;propre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlimited</source>
        <translation>&amp;Illimité</translation>
    </message>
    <message>
        <source>Request limit of “%1”</source>
        <translation>Limite de requêtes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Default limit (%1)</source>
        <translation>Limite par &amp;défaut (%1)</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>bursts of </source>
        <translation>rafales de </translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>How many requests the program with this token may send to the API. Above it, the API answers 429 and says when to try again.</source>
        <translation>Combien de requêtes le programme avec ce token peut envoyer à l’API. Au-delà, l’API répond 429 et indique quand réessayer.</translation>
    </message>
    <message>
        <source>Unlimited: only for a program you trust; it can fill the queue as fast as this computer takes requests.</source>
        <translation>Illimité&#xa0;: seulement pour un programme de confiance&#xa0;; il peut remplir la file d’attente aussi vite que cet ordinateur accepte les requêtes.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>smsdesk::TokenModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>%1/s, bursts of %2</source>
        <translation>%1/s, rafales de %2</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Request limit</source>
        <translation>Limite de requêtes</translation>
    </message>
</context>
<context>
    <name>smsdesk::TokensSection</name>
    <message>
        <source>API tokens</source>
        <translation>Jetons d’API</translation>
    </message>
    <message>
        <source>Name of the program, e.g. Booking system</source>
        <translation>Nom du programme, p. ex. Système de réservation</translation>
    </message>
    <message>
        <source>New token name</source>
        <translation>Nom du nouveau jeton</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>&amp;Créer un jeton</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Copy this token now: it will not be shown again.</source>
        <translation>Copiez ce jeton maintenant&#xa0;: il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Nouveau jeton d’API</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Could not read the API tokens: %1</source>
        <translation>Impossible de lire les jetons d’API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the token a name, so you know later which program uses it.</source>
        <translation>Donnez un nom au jeton pour savoir plus tard quel programme l’utilise.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke “%1”? Programs using it can no longer send.</source>
        <translation>Révoquer «&#xa0;%1&#xa0;»&#xa0;? Les programmes qui l’utilisent ne pourront plus envoyer.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>&amp;Limit…</source>
        <translation>&amp;Limite…</translation>
    </message>
    <message>
        <source>How many requests per second the selected token may send</source>
        <translation>Combien de requêtes par seconde le token sélectionné peut envoyer</translation>
    </message>
    <message>
        <source>The limit was not changed: %1</source>
        <translation>La limite n’a pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new limit applies from the token&apos;s next request.</source>
        <translation>La nouvelle limite s’applique dès la prochaine requête du token.</translation>
    </message>
</context>
<context>
    <name>smsdesk::TrayIcon</name>
    <message>
        <source>Smsdesk tray menu</source>
        <translation>Menu de Smsdesk dans la zone de notification</translation>
    </message>
    <message>
        <source>Show Smsdesk</source>
        <translation>Afficher Smsdesk</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Non envoyés</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
…et %n autre</numerusform>
            <numerusform>%1
…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>En attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unread conversations: %1</source>
        <translation>Conversations non lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Non envoyés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phones online: %1</source>
        <translation>Téléphones en ligne&#xa0;: %1</translation>
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
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>Webhooks posted to &lt;b&gt;%1&lt;/b&gt;, newest first.</source>
        <translation>Webhooks envoyés à &lt;b&gt;%1&lt;/b&gt;, les plus récents d’abord.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempts of the selected delivery</source>
        <translation>Tentatives de l’envoi sélectionné</translation>
    </message>
    <message>
        <source>Body posted for the selected delivery</source>
        <translation>Corps envoyé pour l’envoi sélectionné</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Tentatives</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Resend the selected delivery now</source>
        <translation>Renvoyer maintenant l’envoi sélectionné</translation>
    </message>
    <message>
        <source>Post it again now, with the same webhook-id; its attempts start again from one</source>
        <translation>Le renvoyer maintenant, avec le même webhook-id&#xa0;; ses tentatives repartent de un</translation>
    </message>
    <message>
        <source>Cannot read the delivery log: %1</source>
        <translation>Impossible de lire le journal des envois&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, webhook-id %2</source>
        <translation>%1, webhook-id %2</translation>
    </message>
    <message>
        <source>Nothing was posted to this endpoint yet. Events it wants appear here as they happen.</source>
        <translation>Rien n’a encore été envoyé à cet endpoint. Les événements qu’il souhaite apparaissent ici dès qu’ils surviennent.</translation>
    </message>
    <message>
        <source>The newest %1 deliveries. Delivered and failed ones are kept for 30 days.</source>
        <translation>Les %1 envois les plus récents. Les envois distribués ou échoués sont conservés 30 jours.</translation>
    </message>
    <message>
        <source>Delivered and failed deliveries are kept for 30 days.</source>
        <translation>Les envois distribués ou échoués sont conservés 30 jours.</translation>
    </message>
    <message>
        <source>Cannot read the attempts: %1</source>
        <translation>Impossible de lire les tentatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Not posted yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Not resent: %1</source>
        <translation>Non renvoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Posting it again now.</source>
        <translation>Nouvel envoi en cours.</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookEndpointDialog</name>
    <message>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Failed (will retry)</source>
        <translation>Échoué (nouvel essai prévu)</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Message reçu</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Add outgoing webhook</source>
        <translation>Ajouter un webhook sortant</translation>
    </message>
    <message>
        <source>Smsdesk will post what happens to messages to this address of your app, signed so that your app can check the post comes from here.</source>
        <translation>Smsdesk enverra à cette adresse de votre application ce qui arrive aux messages, signé pour que votre application puisse vérifier que l’envoi vient d’ici.</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Adresse de l’endpoint</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional, e.g. Shop system</source>
        <translation>Facultatif, p. ex. Système de la boutique</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Des&amp;cription&#xa0;:</translation>
    </message>
    <message>
        <source>Send these events</source>
        <translation>Envoyer ces événements</translation>
    </message>
    <message>
        <source>Send %1 events</source>
        <translation>Envoyer les événements «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Posted as “%1”</source>
        <translation>Envoyé comme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Why the endpoint cannot be added yet</source>
        <translation>Pourquoi l’endpoint ne peut pas encore être ajouté</translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation>Secret de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Signing secret of the new endpoint</source>
        <translation>Secret de signature du nouvel endpoint</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the signing secret</source>
        <translation>Copier le secret de signature</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now and give it to your app: it will not be shown again.&lt;/b&gt; Your app checks each post&apos;s webhook-signature header with it (Standard Webhooks).</source>
        <translation>&lt;b&gt;Copiez-le maintenant et donnez-le à votre application&#xa0;: il ne sera plus affiché.&lt;/b&gt; Votre application vérifie avec lui l’en-tête webhook-signature de chaque envoi (Standard Webhooks).</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Tick at least one event the endpoint should receive.</source>
        <translation>Cochez au moins un événement que l’endpoint doit recevoir.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outgoing webhook added</source>
        <translation>Webhook sortant ajouté</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookEndpointsSection</name>
    <message>
        <source>Smsdesk tells your own apps what happens to messages: it posts each event to the addresses below, signed the Standard Webhooks way. Every post is kept in an outbox first and retried with growing waits until your app answers, for about a day.</source>
        <translation>Smsdesk informe vos propres applications de ce qui arrive aux messages&#xa0;: il envoie chaque événement aux adresses ci-dessous, signé selon Standard Webhooks. Chaque envoi est d’abord conservé dans une boîte d’envoi et réessayé avec des attentes croissantes jusqu’à ce que votre application réponde, pendant environ une journée.</translation>
    </message>
    <message>
        <source>Outgoing webhook endpoints</source>
        <translation>Endpoints des webhooks sortants</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Delivery &amp;log…</source>
        <translation>&amp;Journal des envois…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Add an outgoing webhook endpoint</source>
        <translation>Ajouter un endpoint de webhooks sortants</translation>
    </message>
    <message>
        <source>Show the delivery log of the selected endpoint</source>
        <translation>Afficher le journal des envois de l’endpoint sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation>Supprimer l’endpoint sélectionné</translation>
    </message>
    <message>
        <source>Cannot read the endpoints: %1</source>
        <translation>Impossible de lire les endpoints&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Added %2</source>
        <translation>%1
Ajouté le %2</translation>
    </message>
    <message>
        <source>No endpoints yet. Add… one to have your app told when messages are sent, delivered, fail or arrive.</source>
        <translation>Aucun endpoint pour l’instant. Ajoutez-en un pour que votre application sache quand des messages sont envoyés, distribués, échouent ou arrivent.</translation>
    </message>
    <message>
        <source>Waiting: not yet accepted by your app. Failed: given up after every attempt; Delivery log… shows why and can resend.</source>
        <translation>En attente&#xa0;: pas encore accepté par votre application. Échoué&#xa0;: abandonné après toutes les tentatives&#xa0;; Journal des envois… montre pourquoi et permet de renvoyer.</translation>
    </message>
    <message>
        <source>The endpoint %1 was added. Events from now on are posted to it.</source>
        <translation>L’endpoint %1 a été ajouté. Les événements à partir de maintenant lui sont envoyés.</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Supprimer l’endpoint</translation>
    </message>
    <message>
        <source>Stop posting to %1 and forget it? Its delivery log and the posts still waiting for it are deleted too.</source>
        <translation>Ne plus envoyer à %1 et l’oublier&#xa0;? Son journal des envois et les envois encore en attente sont aussi supprimés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The endpoint was not removed: %1</source>
        <translation>L’endpoint n’a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 gets no more webhooks.</source>
        <translation>%1 ne reçoit plus de webhooks.</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookSecrets</name>
    <message>
        <source>The demo phones sign with a secret made for this session. It changes at every start and cannot be rotated.</source>
        <translation>Les téléphones de démonstration signent avec un secret créé pour cette session. Il change à chaque démarrage et ne peut pas être renouvelé.</translation>
    </message>
    <message>
        <source>Secrets cannot be saved: %1</source>
        <translation>Impossible d’enregistrer les secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no webhook for the adapter “%1”.</source>
        <translation>Il n’y a pas de webhook pour l’adaptateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The webhook secret for %1 could not be read: %2</source>
        <translation>Impossible de lire le secret de webhook de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No webhook secret is set for %1, and none can be saved: %2</source>
        <translation>Aucun secret de webhook n’est défini pour %1, et aucun ne peut être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The new webhook secret for %1 could not be saved: %2</source>
        <translation>Impossible d’enregistrer le nouveau secret de webhook de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Smsdesk is stopping; the secret was not applied.</source>
        <translation>Smsdesk s’arrête&#xa0;; le secret n’a pas été appliqué.</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhooksSection</name>
    <message>
        <source>API server is off</source>
        <translation>Le serveur de l’API est désactivé</translation>
    </message>
    <message>
        <source>Webhook address for %1</source>
        <translation>Adresse de webhook pour %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Webhook secret for %1</source>
        <translation>Secret de webhook pour %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the webhook secret for %1</source>
        <translation>Afficher le secret de webhook pour %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the webhook secret for %1</source>
        <translation>Copier le secret de webhook pour %1</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Rotate the webhook secret for %1</source>
        <translation>Renouveler le secret de webhook pour %1</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The secret for %1 is on the clipboard.</source>
        <translation>Le secret pour %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Rotate webhook secret</source>
        <translation>Renouveler le secret de webhook</translation>
    </message>
    <message>
        <source>Make a new secret for %1? Phones using the old secret will be refused until you enter the new one on them.</source>
        <translation>Créer un nouveau secret pour %1&#xa0;? Les téléphones qui utilisent l’ancien secret seront refusés jusqu’à ce que vous y saisissiez le nouveau.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>The secret was not changed: %1</source>
        <translation>Le secret n’a pas été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>New secret for %1 saved. Enter it on every phone that posts to %1; until then their reports are refused.</source>
        <translation>Nouveau secret pour %1 enregistré. Saisissez-le sur chaque téléphone qui envoie à %1&#xa0;; d’ici là, ses rapports sont refusés.</translation>
    </message>
    <message>
        <source>SMSGate phones: with the gateway listener on, Smsdesk registers these webhooks on each phone and sets its signing key itself; without it, replies and delivery reports are fetched from the phones (Devices → How replies arrive). MySMSGate documents no webhook signing: Smsdesk checks its webhooks as chosen above; its replies and reports are also fetched from the account&apos;s history. The secrets are kept in the system keychain.</source>
        <translation>Téléphones SMSGate&#xa0;: avec le récepteur de passerelle activé, Smsdesk enregistre ces webhooks sur chaque téléphone et définit lui-même sa clé de signature&#xa0;; sans lui, les réponses et les accusés de réception sont récupérés auprès des téléphones (Appareils → Comment arrivent les réponses). MySMSGate ne documente aucune signature de webhook&#xa0;: Smsdesk vérifie ses webhooks comme choisi ci-dessus&#xa0;; ses réponses et rapports sont aussi récupérés dans l&apos;historique du compte. Les secrets sont conservés dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>smsdesk::timefmt</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
</context>
</TS>
