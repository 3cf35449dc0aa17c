<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Thanks, see you then!</source>
        <translation>¡Gracias, hasta entonces!</translation>
    </message>
    <message>
        <source>Can we move it to 3 pm?</source>
        <translation>¿Podemos pasarlo a las 15:00?</translation>
    </message>
    <message>
        <source>Got it 👍</source>
        <translation>Entendido 👍</translation>
    </message>
    <message>
        <source>Is the order ready for pickup?</source>
        <translation>¿El pedido está listo para recoger?</translation>
    </message>
    <message>
        <source>Please call me back when you can.</source>
        <translation>Llámeme cuando pueda, por favor.</translation>
    </message>
</context>
<context>
    <name>DispatchText</name>
    <message>
        <source>the dispatcher is stopped</source>
        <translation>el envío está detenido</translation>
    </message>
    <message>
        <source>no phones set up</source>
        <translation>no hay teléfonos configurados</translation>
    </message>
    <message>
        <source>all phones are disabled or paused</source>
        <translation>todos los teléfonos están desactivados o en pausa</translation>
    </message>
    <message>
        <source>all phones are failing; test messages are under way</source>
        <translation>todos los teléfonos fallan; hay mensajes de prueba en curso</translation>
    </message>
    <message>
        <source>all phones are at their limit; more at %1</source>
        <translation>todos los teléfonos han llegado a su límite; más a las %1</translation>
    </message>
    <message>
        <source>all phones are failing; next try at %1</source>
        <translation>todos los teléfonos fallan; próximo intento a las %1</translation>
    </message>
    <message>
        <source>no phone can send now; next chance at %1</source>
        <translation>ningún teléfono puede enviar ahora; próxima oportunidad a las %1</translation>
    </message>
    <message>
        <source>Every phone is at its per-minute limit: messages go out at the pace the phones allow.</source>
        <translation>Todos los teléfonos han llegado a su límite por minuto: los mensajes salen al ritmo que permiten los teléfonos.</translation>
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
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con fallos</translation>
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
        <translation>%1 leídos</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en cola</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicado</numerusform>
            <numerusform>%Ln duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>retraso %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
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
        <translation>sin prefijo de país: empiece el número con + y el prefijo del país</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>prefijo de país desconocido</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corto</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <source>local number only: add the area code</source>
        <translation>solo es un número local: añada el prefijo de zona</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>no es un número válido</translation>
    </message>
    <message>
        <source>not a valid number for %1</source>
        <translation>no es un número válido para %1</translation>
    </message>
    <message>
        <source>no number given</source>
        <translation>no se indicó ningún número</translation>
    </message>
    <message>
        <source>extensions cannot receive SMS</source>
        <translation>las extensiones no pueden recibir SMS</translation>
    </message>
    <message>
        <source>unexpected %1 in the number</source>
        <translation>%1 inesperado en el número</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::AmqpConnection</name>
    <message>
        <source>no answer from RabbitMQ</source>
        <translation>sin respuesta de RabbitMQ</translation>
    </message>
    <message>
        <source>RabbitMQ refused user %1 (%2)</source>
        <translation>RabbitMQ rechazó al usuario %1 (%2)</translation>
    </message>
    <message>
        <source>RabbitMQ answered %1</source>
        <translation>RabbitMQ respondió %1</translation>
    </message>
    <message>
        <source>could not make a socket</source>
        <translation>no se pudo crear un socket</translation>
    </message>
    <message>
        <source>could not connect to RabbitMQ at %1: %2</source>
        <translation>no se pudo conectar con RabbitMQ en %1: %2</translation>
    </message>
    <message>
        <source>logging in to RabbitMQ at %1</source>
        <translation>inicio de sesión en RabbitMQ en %1</translation>
    </message>
    <message>
        <source>opening a channel</source>
        <translation>apertura de un canal</translation>
    </message>
    <message>
        <source>no queue %1</source>
        <translation>no existe la cola %1</translation>
    </message>
    <message>
        <source>looking at queue %1</source>
        <translation>consulta de la cola %1</translation>
    </message>
    <message>
        <source>declaring queue %1</source>
        <translation>creación de la cola %1</translation>
    </message>
    <message>
        <source>setting the prefetch</source>
        <translation>ajuste de la lectura por adelantado</translation>
    </message>
    <message>
        <source>consuming from queue %1</source>
        <translation>lectura de la cola %1</translation>
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
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Esperando envío</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Recibido: %1</translation>
    </message>
    <message>
        <source>Received %1 on %2</source>
        <translation>Recibido en %2: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation>Partes del SMS: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>chosen automatically</source>
        <translation>elegido automáticamente</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programado para el %1</translation>
    </message>
    <message>
        <source>Held until %1 recipient time</source>
        <translation>Retenido hasta las %1, hora del destinatario</translation>
    </message>
    <message>
        <source>Held until %1 (quiet hours)</source>
        <translation>Retenido hasta las %1 (horas de silencio)</translation>
    </message>
    <message>
        <source>Quiet hours: held until %1, business time (%2): the number&apos;s country has several time zones</source>
        <translation>Horas de silencio: retenido hasta el %1, su hora (%2): el país del número tiene varias zonas horarias</translation>
    </message>
    <message>
        <source>Quiet hours: held until %1, business time (%2): the number is in no known time zone</source>
        <translation>Horas de silencio: retenido hasta el %1, su hora (%2): el número no pertenece a ninguna zona horaria conocida</translation>
    </message>
    <message>
        <source>Quiet hours: held until %1 recipient time (%2)</source>
        <translation>Horas de silencio: retenido hasta el %1, hora del destinatario (%2)</translation>
    </message>
    <message>
        <source>Urgent: sent inside quiet hours too</source>
        <translation>Urgente: se envía también en las horas de silencio</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignDetailPane</name>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Hold every message not sent yet; Resume sends them at the campaign&apos;s pace</source>
        <translation>Retener todos los mensajes aún no enviados; Reanudar los envía al ritmo de la campaña</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign…</source>
        <translation>&amp;Cancelar campaña…</translation>
    </message>
    <message>
        <source>Cancel every message not sent yet</source>
        <translation>Cancelar todos los mensajes aún no enviados</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Every message with its status, as CSV</source>
        <translation>Cada mensaje con su estado, en CSV</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>The campaign&apos;s messages</source>
        <translation>Los mensajes de la campaña</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregados</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallidos</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelados</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n parte de SMS</numerusform>
            <numerusform>%n partes de SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 completados</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignListModel</name>
    <message numerus="yes">
        <source>%1: %2 of %n message(s) done</source>
        <translation>
            <numerusform>%1: completados %2 de %n mensaje</numerusform>
            <numerusform>%1: completados %2 de %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignMessageModel</name>
    <message numerus="yes">
        <source>%n attempt(s); last error: %1</source>
        <translation>
            <numerusform>%n intento; último error: %1</numerusform>
            <numerusform>%n intentos; último error: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignPreviewModel</name>
    <message>
        <source>Written as “%1”</source>
        <translation>Escrito como “%1”</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Texto tal como se envía</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>Omitido porque</translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignText</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 por minuto</translation>
    </message>
    <message>
        <source>As fast as the phones allow</source>
        <translation>Tan rápido como permitan los teléfonos</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n parte de SMS</numerusform>
            <numerusform>%n partes de SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as UCS-2, 70 characters a segment</source>
        <translation>
            <numerusform>%n en UCS-2, 70 caracteres por parte de SMS</numerusform>
            <numerusform>%n en UCS-2, 70 caracteres por parte de SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid number(s)</source>
        <translation>
            <numerusform>%n número no válido</numerusform>
            <numerusform>%n números no válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out</source>
        <translation>
            <numerusform>%n dado de baja</numerusform>
            <numerusform>%n dados de baja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing field(s)</source>
        <translation>
            <numerusform>%n campo que falta</numerusform>
            <numerusform>%n campos que faltan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n otro</numerusform>
            <numerusform>%n otros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::CampaignsPage</name>
    <message>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <source>Could not read the campaigns: %1</source>
        <translation>No se pudieron leer las campañas: %1</translation>
    </message>
    <message>
        <source>Could not read the campaign&apos;s messages: %1</source>
        <translation>No se pudieron leer los mensajes de la campaña: %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Text a group, a CSV file or a list of numbers at a pace you choose</source>
        <translation>Enviar mensajes a un grupo, un archivo CSV o una lista de números al ritmo que elija</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aún no hay campañas</translation>
    </message>
    <message>
        <source>Text a group of contacts, the numbers of a CSV file or a pasted list, at a pace you choose. You see every message before anything is queued, then its progress here.</source>
        <translation>Envíe mensajes a un grupo de contactos, a los números de un archivo CSV o a una lista pegada, al ritmo que elija. Verá cada mensaje antes de que se ponga nada en cola y, después, su progreso aquí.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is queued: %n message(s).</source>
        <translation>
            <numerusform>“%1” está en cola: %n mensaje.</numerusform>
            <numerusform>“%1” está en cola: %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign was not paused: %1</source>
        <translation>La campaña no se pausó: %1</translation>
    </message>
    <message>
        <source>The campaign was not resumed: %1</source>
        <translation>La campaña no se reanudó: %1</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1”? %n message(s) not sent yet will not be sent. What is already sent stays sent; this cannot be undone.</source>
        <translation>
            <numerusform>¿Cancelar “%1”? %n mensaje aún no enviado no se enviará. Lo ya enviado queda enviado; no se puede deshacer.</numerusform>
            <numerusform>¿Cancelar “%1”? %n mensajes aún no enviados no se enviarán. Lo ya enviado queda enviado; no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Seguir enviando</translation>
    </message>
    <message>
        <source>The campaign was not cancelled: %1</source>
        <translation>La campaña no se canceló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n message(s) that were not sent yet.</source>
        <translation>
            <numerusform>Se canceló %n mensaje aún no enviado.</numerusform>
            <numerusform>Se cancelaron %n mensajes aún no enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save campaign report</source>
        <translation>Guardar informe de la campaña</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No report was saved: %1</source>
        <translation>No se guardó ningún informe: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. No report was saved; choose another folder.</source>
        <translation>No se puede escribir %1: %2. No se guardó ningún informe; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ChatModel</name>
    <message>
        <source>You, %1, %2: %3</source>
        <translation>Tú, %1, %2: %3</translation>
    </message>
    <message>
        <source>Them, %1: %2</source>
        <translation>Recibido, %1: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::ChatView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Edit scheduled message…</source>
        <translation>Editar mensaje programado…</translation>
    </message>
    <message>
        <source>Cancel scheduled message</source>
        <translation>Cancelar mensaje programado</translation>
    </message>
</context>
<context>
    <name>smsdesk::Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Escriba un mensaje…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send</source>
        <translation>Pulse Ctrl+Intro para enviar</translation>
    </message>
    <message>
        <source>Send from phone</source>
        <translation>Teléfono de envío</translation>
    </message>
    <message>
        <source>The phone that sends this message</source>
        <translation>El teléfono que envía este mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Message length</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <source>Any phone</source>
        <translation>Cualquier teléfono</translation>
    </message>
    <message>
        <source>Smsdesk picks a phone that is online and has budget left</source>
        <translation>Smsdesk elige un teléfono conectado que aún tenga cupo</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (sin conexión)</translation>
    </message>
    <message>
        <source>Empty · up to %1 SMS</source>
        <translation>Vacío · hasta %1 SMS</translation>
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
            <numerusform>queda %n</numerusform>
            <numerusform>quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>(because of “%1”)</source>
        <translation>(por «%1»)</translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n SMS, at most %1</source>
        <translation>
            <numerusform>Demasiado largo: %n SMS, como máximo %1</numerusform>
            <numerusform>Demasiado largo: %n SMS, como máximo %1</numerusform>
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
        <translation>Textos guardados</translation>
    </message>
    <message>
        <source>Put in a saved text (Ctrl+T, or type / in an empty message)</source>
        <translation>Insertar un texto guardado (Ctrl+T, o escriba / en un mensaje vacío)</translation>
    </message>
    <message>
        <source>No saved texts yet: add them in Settings → Saved texts</source>
        <translation>Aún no hay textos guardados: añádalos en Ajustes → Textos guardados</translation>
    </message>
    <message>
        <source>Nothing to fill in for %1 with this recipient: left empty. Check the text before sending.</source>
        <translation>No hay nada que poner en %1 para este destinatario: se dejó vacío. Revise el texto antes de enviarlo.</translation>
    </message>
    <message>
        <source>Put in a saved text</source>
        <translation>Insertar un texto guardado</translation>
    </message>
    <message>
        <source>Later…</source>
        <translation>Más tarde…</translation>
    </message>
    <message>
        <source>Send at a date and time you choose</source>
        <translation>Enviar en la fecha y hora que elija</translation>
    </message>
    <message>
        <source>Schedule message</source>
        <translation>Programar mensaje</translation>
    </message>
    <message>
        <source>Send urgent</source>
        <translation>Enviar urgente</translation>
    </message>
    <message>
        <source>Sent at once, even inside the recipient&apos;s quiet hours</source>
        <translation>Se envía de inmediato, incluso en las horas de silencio del destinatario</translation>
    </message>
</context>
<context>
    <name>smsdesk::ConnectionTester</name>
    <message>
        <source>The phone did not answer within %1 s. Check the address and that the phone is on the same network.</source>
        <translation>El teléfono no respondió en %1 s. Compruebe la dirección y que el teléfono esté en la misma red.</translation>
    </message>
    <message>
        <source>The gateway refused the credentials (HTTP %1). Check user and password or the API key.</source>
        <translation>La pasarela rechazó las credenciales (HTTP %1). Compruebe el usuario y la contraseña o la clave de API.</translation>
    </message>
    <message>
        <source>Could not reach the gateway: %1</source>
        <translation>No se pudo contactar con la pasarela: %1</translation>
    </message>
    <message>
        <source>The gateway answered HTTP %1.</source>
        <translation>La pasarela respondió HTTP %1.</translation>
    </message>
    <message>
        <source>Unknown gateway type &quot;%1&quot;.</source>
        <translation>Tipo de pasarela desconocido: «%1».</translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>First and last name, unless you write another here</source>
        <translation>Nombre y apellidos, salvo que escriba otro aquí</translation>
    </message>
    <message>
        <source>e.g. regulars, newsletter</source>
        <translation>p. ej. habituales, boletín</translation>
    </message>
    <message>
        <source>order_no: A-17</source>
        <translation>order_no: A-17</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Mostrar como:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Números:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Fi&amp;elds:</source>
        <translation>Camp&amp;os:</translation>
    </message>
    <message>
        <source>One per line; saved texts fill them in, e.g. {order_no}.</source>
        <translation>Uno por línea; los textos guardados los rellenan, p. ej. {order_no}.</translation>
    </message>
    <message>
        <source>Fields, line %1: write a name of letters, digits, _ or -, a colon and the value, e.g. “order_no: A-17”.</source>
        <translation>Campos, línea %1: escriba un nombre de letras, cifras, _ o -, dos puntos y el valor, p. ej. «order_no: A-17».</translation>
    </message>
    <message>
        <source>A contact needs at least one number.</source>
        <translation>Un contacto necesita al menos un número.</translation>
    </message>
    <message>
        <source>Give the contact a name.</source>
        <translation>Dé un nombre al contacto.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>e.g. newsletter (optional; commas between several)</source>
        <translation>p. ej. boletín (opcional; varios separados por comas)</translation>
    </message>
    <message>
        <source>Groups for every imported contact</source>
        <translation>Grupos para cada contacto importado</translation>
    </message>
    <message>
        <source>Contacts as they will be stored</source>
        <translation>Contactos tal como se guardarán</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a contact file may have up to %3 MB.</source>
        <translation>%1 ocupa %2 MB; un archivo de contactos puede tener hasta %3 MB.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 no se puede importar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, columns separated by “%3”.</source>
        <translation>
            <numerusform>%1: %n fila, %2, columnas separadas por «%3».</numerusform>
            <numerusform>%1: %n filas, %2, columnas separadas por «%3».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) (vCard).</source>
        <translation>
            <numerusform>%1: %n tarjeta (vCard).</numerusform>
            <numerusform>%1: %n tarjetas (vCard).</numerusform>
        </translation>
    </message>
    <message>
        <source>What each column holds (guessed from its header):</source>
        <translation>Qué contiene cada columna (deducido de su encabezado):</translation>
    </message>
    <message>
        <source>Put &amp;every contact in:</source>
        <translation>Poner &amp;cada contacto en:</translation>
    </message>
    <message>
        <source>Column “%1”</source>
        <translation>Columna «%1»</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Name (as shown)</source>
        <translation>Nombre (como se muestra)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Field {%1} for saved texts</source>
        <translation>Campo {%1} para textos guardados</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>%1. Choose the column that holds the phone numbers.</source>
        <translation>%1. Elija la columna que contiene los números de teléfono.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 rows</source>
        <translation>
            <numerusform>%n contacto de %1 filas</numerusform>
            <numerusform>%n contactos de %1 filas</numerusform>
        </translation>
    </message>
    <message>
        <source>the first %1 shown</source>
        <translation>se muestran los primeros %1</translation>
    </message>
    <message>
        <source>A number that is already a contact&apos;s adds to that contact.</source>
        <translation>Un número que ya es de un contacto se añade a ese contacto.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Importar %n contacto</numerusform>
            <numerusform>Importar %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), listed above: what does not read is left out</source>
        <translation>
            <numerusform>%n problema, listado arriba: lo que no se puede leer se omite</numerusform>
            <numerusform>%n problemas, listados arriba: lo que no se puede leer se omite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>smsdesk::ContactsPage</name>
    <message>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <source>Could not read the contacts: %1</source>
        <translation>No se pudieron leer los contactos: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation>Buscar nombre o número</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the contact</source>
        <translation>Editar el contacto</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the contact</source>
        <translation>Eliminar el contacto</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import contacts from a file</source>
        <translation>Importar contactos de un archivo</translation>
    </message>
    <message>
        <source>CSV from Google Contacts, Outlook or Excel, or vCards from a phone</source>
        <translation>CSV de Google Contactos, Outlook o Excel, o vCards de un teléfono</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the contacts as CSV</source>
        <translation>Exportar los contactos como CSV</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <source>Import a file from Google Contacts, Outlook, Excel or a phone (CSV or vCard), or add a customer from a conversation. Names then show in place of numbers.</source>
        <translation>Importe un archivo de Google Contactos, Outlook, Excel o un teléfono (CSV o vCard), o añada un cliente desde una conversación. Entonces se verán nombres en lugar de números.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Delete “%1”? Conversations with the number stay; they show the number again.</source>
        <translation>¿Eliminar «%1»? Las conversaciones con el número se conservan; vuelven a mostrar el número.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The contact was not deleted: %1</source>
        <translation>El contacto no se eliminó: %1</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new contact(s); %1 added to contacts you had.</source>
        <translation>
            <numerusform>Importado %n contacto nuevo; %1 añadidos a contactos que ya tenía.</numerusform>
            <numerusform>Importados %n contactos nuevos; %1 añadidos a contactos que ya tenía.</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported; choose another folder.</source>
        <translation>No se puede escribir %1: %2. No se exportó nada; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ConversationsPage</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Cannot read the message history: %1</source>
        <translation>No se puede leer el historial de mensajes: %1</translation>
    </message>
    <message>
        <source>Search number or text (Ctrl+F)</source>
        <translation>Buscar número o texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Lista de conversaciones</translation>
    </message>
    <message>
        <source>No messages yet — write the first one below.</source>
        <translation>Aún no hay mensajes: escriba el primero abajo.</translation>
    </message>
    <message>
        <source>%1 · via %2</source>
        <translation>%1 · vía %2</translation>
    </message>
    <message>
        <source>No conversations match “%1”.</source>
        <translation>Ninguna conversación coincide con «%1».</translation>
    </message>
    <message>
        <source>No phones yet</source>
        <translation>Aún no hay teléfonos</translation>
    </message>
    <message>
        <source>Smsdesk sends your messages through your own Android phones. Add one to start, or try demo mode with two simulated phones.</source>
        <translation>Smsdesk envía sus mensajes a través de sus propios teléfonos Android. Añada uno para empezar o pruebe el modo de demostración con dos teléfonos simulados.</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Añadir un teléfono</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Probar el modo de demostración</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>Messages you send and the replies you receive appear here, one thread per number.</source>
        <translation>Aquí aparecen los mensajes que envía y las respuestas que recibe, un hilo por número.</translation>
    </message>
    <message>
        <source>Pick a conversation</source>
        <translation>Elija una conversación</translation>
    </message>
    <message>
        <source>Choose one on the left, or start a new one with Ctrl+N.</source>
        <translation>Elija una a la izquierda o empiece una nueva con Ctrl+N.</translation>
    </message>
    <message>
        <source>No phone is set up yet: the message waits in the queue until you add one.</source>
        <translation>Aún no hay ningún teléfono configurado: el mensaje espera en la cola hasta que añada uno.</translation>
    </message>
    <message>
        <source>Could not retry: %1</source>
        <translation>No se pudo reintentar: %1</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Mensajes: %1</translation>
    </message>
    <message>
        <source>Type the number above and press Enter.</source>
        <translation>Escriba el número arriba y pulse Intro.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Change this customer&apos;s name, numbers, groups or fields</source>
        <translation>Cambiar el nombre, los números, los grupos o los campos de este cliente</translation>
    </message>
    <message>
        <source>Save this number as a contact, with a name</source>
        <translation>Guardar este número como contacto, con un nombre</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Every message waiting for its time: open, change or cancel it</source>
        <translation>Todos los mensajes que esperan su hora: ábralos, cámbielos o cancélelos</translation>
    </message>
    <message>
        <source>Scheduled messages</source>
        <translation>Mensajes programados</translation>
    </message>
    <message>
        <source>Export messages to a CSV file: every conversation, or a period</source>
        <translation>Exportar mensajes a un archivo CSV: todas las conversaciones o un periodo</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exportar mensajes</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Exportar esta conversación</translation>
    </message>
    <message>
        <source>This conversation&apos;s messages to a CSV file</source>
        <translation>Los mensajes de esta conversación a un archivo CSV</translation>
    </message>
    <message>
        <source>That message is no longer in this conversation.</source>
        <translation>Ese mensaje ya no está en esta conversación.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Enviados hoy</translation>
    </message>
    <message>
        <source>Delivery rate today</source>
        <translation>Tasa de entrega hoy</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>No enviados</translation>
    </message>
    <message>
        <source>Median time to send</source>
        <translation>Mediana del tiempo de envío</translation>
    </message>
    <message>
        <source>Messages per minute, last hour</source>
        <translation>Mensajes por minuto, última hora</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Queue, last hour</source>
        <translation>Cola, última hora</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Queued and sending</source>
        <translation>En cola y enviando</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>No phones yet</source>
        <translation>Aún no hay teléfonos</translation>
    </message>
    <message>
        <source>Messages wait in the queue until a phone can send them.</source>
        <translation>Los mensajes esperan en la cola hasta que un teléfono pueda enviarlos.</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Añadir un teléfono</translation>
    </message>
    <message>
        <source>Could not read the queue: %1</source>
        <translation>No se pudo leer la cola: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sent messages were reported delivered.</source>
        <translation>%1 de %2 mensajes enviados constan como entregados.</translation>
    </message>
    <message>
        <source>Nothing sent today yet.</source>
        <translation>Hoy aún no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Messages that could not be sent; review them.</source>
        <translation>Mensajes que no se pudieron enviar; revíselos.</translation>
    </message>
    <message>
        <source>From queued to accepted by the gateway, today.</source>
        <translation>Desde la cola hasta que la pasarela lo acepta, hoy.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeadLetterModel</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Removed phone</source>
        <translation>Teléfono eliminado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Abandonado el</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeadLettersPage</name>
    <message>
        <source>Dead letters</source>
        <translation>No enviados</translation>
    </message>
    <message>
        <source>No dead letters</source>
        <translation>No hay mensajes no enviados</translation>
    </message>
    <message>
        <source>Messages that could not be sent after every retry land here, with the reason. You can fix and resend them.</source>
        <translation>Aquí llegan, con el motivo, los mensajes que no se pudieron enviar tras todos los reintentos. Puede corregirlos y reenviarlos.</translation>
    </message>
    <message>
        <source>Could not read the dead letters: %1</source>
        <translation>No se pudieron leer los mensajes no enviados: %1</translation>
    </message>
    <message>
        <source>&amp;Requeue</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>&amp;Edit and requeue…</source>
        <translation>&amp;Editar y reenviar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Requeue all matching</source>
        <translation>Reenviar todos los resultados</translation>
    </message>
    <message>
        <source>Delete all matching…</source>
        <translation>Eliminar todos los resultados…</translation>
    </message>
    <message>
        <source>Requeueing…</source>
        <translation>Volviendo a poner en cola…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again.</source>
        <translation>
            <numerusform>%n mensaje de nuevo en la cola.</numerusform>
            <numerusform>%n mensajes de nuevo en la cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted.</source>
        <translation>
            <numerusform>%n mensaje eliminado.</numerusform>
            <numerusform>%n mensajes eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search number or text</source>
        <translation>Buscar número o texto</translation>
    </message>
    <message>
        <source>Search dead letters</source>
        <translation>Buscar en los mensajes no enviados</translation>
    </message>
    <message>
        <source>All matching</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Actions on all matching messages</source>
        <translation>Acciones sobre todos los mensajes encontrados</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>The message is queued again.</source>
        <translation>El mensaje vuelve a estar en la cola.</translation>
    </message>
    <message>
        <source>Delete dead letters</source>
        <translation>Eliminar mensajes no enviados</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) and their history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n mensaje y su historial? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n mensajes y su historial? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>Detenido. </translation>
    </message>
    <message>
        <source>Export dead letters</source>
        <translation>Exportar mensajes no enviados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>%1 messages exported to %2.</source>
        <translation>%1 mensajes exportados a %2.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DemoEnvironment</name>
    <message>
        <source>Demo phone %1</source>
        <translation>Teléfono de demostración %1</translation>
    </message>
    <message>
        <source>The demo phones could not start on 127.0.0.1.</source>
        <translation>Los teléfonos de demostración no pudieron iniciarse en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Your parcel is waiting for you at the front desk.</source>
        <translation>Su paquete le espera en la recepción.</translation>
    </message>
    <message>
        <source>Spring sale: 20% off everything this weekend! Reply STOP to opt out.</source>
        <translation>Rebajas de primavera: ¡20 % de descuento en todo este fin de semana! Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>Reminder: your appointment is tomorrow at 10:00.</source>
        <translation>Recordatorio: su cita es mañana a las 10:00.</translation>
    </message>
    <message>
        <source>Weekend opening hours</source>
        <translation>Horario de fin de semana</translation>
    </message>
    <message>
        <source>We are open on Saturday and Sunday from 10:00 to 16:00. See you soon!</source>
        <translation>Abrimos el sábado y el domingo de 10:00 a 16:00. ¡Hasta pronto!</translation>
    </message>
    <message>
        <source>demo customers</source>
        <translation>clientes de demostración</translation>
    </message>
</context>
<context>
    <name>smsdesk::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeviceEditDialog</name>
    <message>
        <source>SMS Gateway for Android — local server</source>
        <translation>SMS Gateway for Android: servidor local</translation>
    </message>
    <message>
        <source>SMS Gateway for Android — cloud server</source>
        <translation>SMS Gateway for Android: servidor en la nube</translation>
    </message>
    <message>
        <source>MySMSGate</source>
        <translation>MySMSGate</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Añadir un teléfono</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>e.g. Shop phone</source>
        <translation>p. ej., Teléfono de la tienda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Pasa&amp;rela:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Device id at the gateway (optional)</source>
        <translation>ID del dispositivo en la pasarela (opcional)</translation>
    </message>
    <message>
        <source>Remote device id</source>
        <translation>ID remoto del dispositivo</translation>
    </message>
    <message>
        <source>&amp;Remote id:</source>
        <translation>&amp;ID remoto:</translation>
    </message>
    <message>
        <source>SIM slot</source>
        <translation>Ranura SIM</translation>
    </message>
    <message>
        <source>Phone default</source>
        <translation>Predeterminada del teléfono</translation>
    </message>
    <message>
        <source>&amp;SIM slot:</source>
        <translation>Ranura &amp;SIM:</translation>
    </message>
    <message>
        <source>SMS per minute</source>
        <translation>SMS por minuto</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Límite:</translation>
    </message>
    <message>
        <source>SMS per day</source>
        <translation>SMS por día</translation>
    </message>
    <message>
        <source> per day</source>
        <translation> por día</translation>
    </message>
    <message>
        <source>No daily cap</source>
        <translation>Sin límite diario</translation>
    </message>
    <message>
        <source>Counted in SMS segments; many tariffs limit SMS per day.</source>
        <translation>Se cuenta en partes de SMS; muchas tarifas limitan los SMS diarios.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in Smsdesk&apos;s files.</source>
        <translation>Se guardan en el llavero del sistema, nunca en los archivos de Smsdesk.</translation>
    </message>
    <message>
        <source>Credentials cannot be saved: %1</source>
        <translation>No se pueden guardar las credenciales: %1</translation>
    </message>
    <message>
        <source>The address must start with http:// or https:// and name a host.</source>
        <translation>La dirección debe empezar por http:// o https:// e incluir un host.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Battery %1%</source>
        <translation>Batería %1&#xa0;%</translation>
    </message>
    <message>
        <source>The phone list could not be read: %1</source>
        <translation>No se pudo leer la lista de teléfonos: %1</translation>
    </message>
    <message>
        <source>No phone with id &quot;%1&quot; on this account; took &quot;%2&quot;.</source>
        <translation>No hay ningún teléfono con el ID «%1» en esta cuenta; se tomó «%2».</translation>
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
        <translation>Teléfonos de esta cuenta: %1.</translation>
    </message>
    <message>
        <source>Phone: %1.</source>
        <translation>Teléfono: %1.</translation>
    </message>
    <message>
        <source>SIM cards: %1.</source>
        <translation>Tarjetas SIM: %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DeviceModel</name>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Offline · seen %1</source>
        <translation>Sin conexión · última vez: %1</translation>
    </message>
    <message>
        <source>No daily cap</source>
        <translation>Sin límite diario</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not used for sending: %1</source>
        <translation>No se usa para enviar: %1</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Última vez: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>SMS segments today; the daily limit resets at midnight.</source>
        <translation>Partes de SMS hoy; el límite diario se reinicia a medianoche.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Enviados hoy</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Cupo restante</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>smsdesk::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>No phones yet</source>
        <translation>Aún no hay teléfonos</translation>
    </message>
    <message>
        <source>Smsdesk sends through your own Android phones. Add one running the SMS gateway app, or try demo mode with two simulated phones.</source>
        <translation>Smsdesk envía a través de sus propios teléfonos Android. Añada uno con la app SMS Gateway o pruebe el modo de demostración con dos teléfonos simulados.</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Añadir un teléfono</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Probar el modo de demostración</translation>
    </message>
    <message>
        <source>&amp;Add phone…</source>
        <translation>&amp;Añadir teléfono…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Filter phones</source>
        <translation>Filtrar teléfonos</translation>
    </message>
    <message>
        <source>Could not read the phones: %1</source>
        <translation>No se pudieron leer los teléfonos: %1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Remove phones</source>
        <translation>Quitar teléfonos</translation>
    </message>
    <message>
        <source>Remove %1? Its credentials are deleted from the keychain; messages already sent keep their history.</source>
        <translation>¿Quitar %1? Sus credenciales se borran del llavero; los mensajes ya enviados conservan su historial.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n phones? Their credentials are deleted from the keychain.</source>
        <translation>
            <numerusform>¿Quitar %n teléfono? Sus credenciales se borran del llavero.</numerusform>
            <numerusform>¿Quitar %n teléfonos? Sus credenciales se borran del llavero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>How &amp;replies arrive…</source>
        <translation>Cómo llegan las &amp;respuestas…</translation>
    </message>
    <message>
        <source>Replies and delivery reports of %1 are read from the gateway&apos;s history every few seconds; there is nothing to set up.</source>
        <translation>Las respuestas y los informes de entrega de %1 se leen del historial de la pasarela cada pocos segundos; no hay nada que configurar.</translation>
    </message>
</context>
<context>
    <name>smsdesk::DisplayFormat</name>
    <message>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
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
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>&amp;Requeue</source>
        <translation>&amp;Reenviar</translation>
    </message>
</context>
<context>
    <name>smsdesk::EngineFacade</name>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The message needs %1 SMS; at most %2 are allowed. Shorten it.</source>
        <translation>El mensaje necesita %1 SMS; se permiten como máximo %2. Acórtelo.</translation>
    </message>
    <message>
        <source>The phone was saved, but its credentials were not: %1</source>
        <translation>El teléfono se guardó, pero sus credenciales no: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is %1 MB; a contact file may have up to %2 MB.</source>
        <translation>El archivo ocupa %1 MB; un archivo de contactos puede tener hasta %2 MB.</translation>
    </message>
    <message>
        <source>This intake was removed already.</source>
        <translation>Esta entrada ya se quitó.</translation>
    </message>
    <message>
        <source>Enter the address your app receives webhooks at.</source>
        <translation>Introduzca la dirección en la que su aplicación recibe los webhooks.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address with a host name and no user name or password in it, such as https://example.com/hooks/sms.</source>
        <translation>Use una dirección http:// o https:// con nombre de host y sin usuario ni contraseña, por ejemplo https://example.com/hooks/sms.</translation>
    </message>
    <message>
        <source>Tick at least one event the endpoint should receive.</source>
        <translation>Marque al menos un evento que deba recibir el endpoint.</translation>
    </message>
    <message>
        <source>The description may have up to %1 characters.</source>
        <translation>La descripción puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s signing secret cannot be kept on this computer, so nothing was added: %1</source>
        <translation>El secreto de firma del endpoint no se puede guardar en este equipo, así que no se añadió nada: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::EngineStatus</name>
    <message>
        <source>Engine status</source>
        <translation>Estado de Smsdesk</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Mensajes en cola</translation>
    </message>
    <message>
        <source>Phones online</source>
        <translation>Teléfonos conectados</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Dispatching</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>%1 queued · %2 sending</source>
        <translation>%1 en cola · %2 enviándose</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en cola</translation>
    </message>
    <message>
        <source>No phones</source>
        <translation>Sin teléfonos</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API desactivada</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>The local HTTP API is not running</source>
        <translation>La API HTTP local no está en marcha</translation>
    </message>
    <message>
        <source>Other programs send messages through http://%1</source>
        <translation>Otros programas envían mensajes a través de http://%1</translation>
    </message>
    <message>
        <source>Phones online: %1 of %2</source>
        <translation>Teléfonos conectados: %1 de %2</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Smsdesk en marcha</translation>
    </message>
    <message numerus="yes">
        <source>Queued messages are being sent through %n phone(s)</source>
        <translation>
            <numerusform>Los mensajes en cola se envían a través de %n teléfono</numerusform>
            <numerusform>Los mensajes en cola se envían a través de %n teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatching — at the phones&apos; per-minute limit</source>
        <translation>Enviando: teléfonos en su límite por minuto</translation>
    </message>
</context>
<context>
    <name>smsdesk::ErrorBanner</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
</context>
<context>
    <name>smsdesk::EventModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Handed to a phone</source>
        <translation>Asignado a un teléfono</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Falló, se reintentará</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Requeued</source>
        <translation>De nuevo en cola</translation>
    </message>
    <message>
        <source>Not sent: no phone free</source>
        <translation>No enviado: ningún teléfono libre</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Report from the phone</source>
        <translation>Informe del teléfono</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Removed phone</source>
        <translation>Teléfono eliminado</translation>
    </message>
</context>
<context>
    <name>smsdesk::FirstRun</name>
    <message>
        <source>Could not start demo mode (%1). Start Smsdesk with --demo from a terminal instead.</source>
        <translation>No se pudo iniciar el modo de demostración (%1). Inicie Smsdesk con --demo desde un terminal.</translation>
    </message>
</context>
<context>
    <name>smsdesk::HistoryExportDialog</name>
    <message>
        <source>Export messages</source>
        <translation>Exportar mensajes</translation>
    </message>
    <message>
        <source>This conversation: %1</source>
        <translation>Esta conversación: %1</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Los últimos 7 días</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Between two dates</source>
        <translation>Entre dos fechas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Messages of:</source>
        <translation>Mensajes de:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>A CSV file with both directions, oldest first: time, direction, number, contact, text, status, phone.</source>
        <translation>Un archivo CSV con ambas direcciones, los más antiguos primero: hora, dirección, número, contacto, texto, estado, teléfono.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages exported to %1.</source>
        <translation>
            <numerusform>%n mensaje exportado a %1.</numerusform>
            <numerusform>%n mensajes exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a “To” date on or after the “From” date.</source>
        <translation>El periodo termina antes de empezar: elija una fecha “Hasta” igual o posterior a la fecha “Desde”.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n messages written</source>
        <translation>
            <numerusform>%n mensaje escrito</numerusform>
            <numerusform>%n mensajes escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>smsdesk::HourChart</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeDialog</name>
    <message>
        <source>Add intake</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Edit intake</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Smsdesk reads the messages your own programs put on a queue, sends them, and tells the queue only once each is safely stored.</source>
        <translation>Smsdesk lee los mensajes que sus propios programas ponen en una cola, los envía y confirma cada uno a la cola solo cuando está guardado con seguridad.</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>smsdesk and this computer&apos;s name</source>
        <translation>smsdesk y el nombre de este equipo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Entries another reader took and did not finish are taken over after this long</source>
        <translation>Las entradas que otro lector tomó y no terminó se retoman pasado este tiempo</translation>
    </message>
    <message>
        <source>At most this many entries are read and not yet confirmed</source>
        <translation>Como mucho se leen tantas entradas sin confirmar todavía</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>&amp;Consumer group:</source>
        <translation>&amp;Grupo de consumidores:</translation>
    </message>
    <message>
        <source>Co&amp;nsumer name:</source>
        <translation>&amp;Nombre del consumidor:</translation>
    </message>
    <message>
        <source>&amp;Take over after:</source>
        <translation>&amp;Retomar tras:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>&amp;Read ahead:</source>
        <translation>&amp;Leer por adelantado:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Connect once and see what is there; nothing is read</source>
        <translation>Conectar una vez y ver qué hay; no se lee nada</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Clave secreta:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeHost</name>
    <message>
        <source>Turned off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Reading the password</source>
        <translation>Leyendo la contraseña</translation>
    </message>
    <message>
        <source>This version cannot read from %1.</source>
        <translation>Esta versión no puede leer de %1.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeModel</name>
    <message>
        <source>Intake</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Lag (p99)</source>
        <translation>Retraso (p99)</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeSource</name>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakeStrip</name>
    <message>
        <source>Intake</source>
        <translation>Entrada</translation>
    </message>
</context>
<context>
    <name>smsdesk::IntakesSection</name>
    <message>
        <source>Programs that already put messages on Redis, RabbitMQ or Amazon SQS can keep doing so: Smsdesk reads each queue below, sends what it finds, and confirms an entry to the queue only once it is stored. Entries it cannot read go to Dead letters, whole.</source>
        <translation>Los programas que ya ponen mensajes en Redis, RabbitMQ o Amazon SQS pueden seguir haciéndolo: Smsdesk lee cada cola de abajo, envía lo que encuentra y confirma cada entrada a la cola solo cuando está guardada. Las entradas que no puede leer van enteras a “No enviados”.</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Could not read the intakes: %1</source>
        <translation>No se pudieron leer las entradas: %1</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>Remove intake</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <source>Stop reading “%1” and forget it? Entries still on the queue stay there.</source>
        <translation>¿Dejar de leer “%1” y olvidarla? Las entradas que sigan en la cola se quedan allí.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>Esta página no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>No se puede leer la cola: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>No enviados</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>A phone</source>
        <translation>Un teléfono</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Phone needs attention</source>
        <translation>Un teléfono necesita atención</translation>
    </message>
    <message>
        <source>Open Devices</source>
        <translation>Abrir Dispositivos</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Mensaje no enviado</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Para %1: %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
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
        <translation>Detalles del mensaje</translation>
    </message>
    <message>
        <source>Select a message to see what happened to it.</source>
        <translation>Seleccione un mensaje para ver qué le ha pasado.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Historial del mensaje</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n mensaje seleccionado.</numerusform>
            <numerusform>%n mensajes seleccionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) · %1 · %2 SMS, %3</source>
        <translation>
            <numerusform>%n intento · %1 · %2 SMS, %3</numerusform>
            <numerusform>%n intentos · %1 · %2 SMS, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Entry as the broker gave it</source>
        <translation>Entrada tal como la entregó el broker</translation>
    </message>
    <message>
        <source>From %1, entry %2, as it came:</source>
        <translation>De %1, entrada %2, tal como llegó:</translation>
    </message>
    <message>
        <source>… (%1 more bytes not shown)</source>
        <translation>… (%1 bytes más no mostrados)</translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageNotifier</name>
    <message numerus="yes">
        <source>%n new messages from %1</source>
        <translation>
            <numerusform>%n mensaje nuevo de %1</numerusform>
            <numerusform>%n mensajes nuevos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from %1 people</source>
        <translation>
            <numerusform>%n mensaje nuevo de %1 personas</numerusform>
            <numerusform>%n mensajes nuevos de %1 personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageSearchList</name>
    <message>
        <source>To %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No messages contain “%1”.</source>
        <translation>Ningún mensaje contiene “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Messages: the newest %n</source>
        <translation>
            <numerusform>Mensajes: el %n más reciente</numerusform>
            <numerusform>Mensajes: los %n más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Messages: %n found</source>
        <translation>
            <numerusform>Mensajes: %n encontrado</numerusform>
            <numerusform>Mensajes: %n encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>The search was long: only its start was searched.</source>
        <translation>El texto buscado era largo: solo se buscó su comienzo.</translation>
    </message>
</context>
<context>
    <name>smsdesk::MessageSearchModel</name>
    <message>
        <source>To %1: %2</source>
        <translation>Para %1: %2</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>De %1: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>e.g. Spring sale</source>
        <translation>p. ej. Rebajas de primavera</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>Every message as it will be sent</source>
        <translation>Cada mensaje tal como se enviará</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Queue campaign</source>
        <translation>Poner la campaña en &amp;cola</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Preview — nothing is queued until you click Queue campaign:</source>
        <translation>Vista previa: no se pone nada en cola hasta que haga clic en “Poner la campaña en cola”:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>A contact &amp;group</source>
        <translation>Un &amp;grupo de contactos</translation>
    </message>
    <message>
        <source>A CSV &amp;file</source>
        <translation>Un &amp;archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Pasted numbers</source>
        <translation>Números &amp;pegados</translation>
    </message>
    <message>
        <source>Contact group</source>
        <translation>Grupo de contactos</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>No file yet.</source>
        <translation>Aún no hay ningún archivo.</translation>
    </message>
    <message>
        <source>Column with the numbers</source>
        <translation>Columna con los números</translation>
    </message>
    <message>
        <source>Numbers in:</source>
        <translation>Números en:</translation>
    </message>
    <message>
        <source>One number a line, or several apart by commas</source>
        <translation>Un número por línea, o varios separados por comas</translation>
    </message>
    <message>
        <source>Pasted numbers</source>
        <translation>Números pegados</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Saved text</source>
        <translation>Texto guardado</translation>
    </message>
    <message>
        <source>Campaign text</source>
        <translation>Texto de la campaña</translation>
    </message>
    <message>
        <source>Hi {first_name|there}, …  Fields: {first_name}, {name}, a CSV column&apos;s name</source>
        <translation>Hola {first_name|there}, …  Campos: {first_name}, {name}, el nombre de una columna del CSV</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>&amp;Iniciar ahora</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>Iniciar &amp;el:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>As fast as the phones allow</source>
        <translation>Tan rápido como permitan los teléfonos</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>Messages a minute</source>
        <translation>Mensajes por minuto</translation>
    </message>
    <message>
        <source>Messages a minute; the phones&apos; own limits still hold.</source>
        <translation>Mensajes por minuto; los límites propios de los teléfonos siguen vigentes.</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Ritmo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contacto)</numerusform>
            <numerusform>%1 (%n contactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet: put contacts in a group on the Contacts page</source>
        <translation>Aún no hay grupos: ponga contactos en un grupo en la página Contactos</translation>
    </message>
    <message>
        <source>Saved text…</source>
        <translation>Texto guardado…</translation>
    </message>
    <message>
        <source>Recipients from a CSV file</source>
        <translation>Destinatarios de un archivo CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;All files (*)</source>
        <translation>CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 does not read as CSV: %2</source>
        <translation>%1 no se puede leer como CSV: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n fila</numerusform>
            <numerusform>%1: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation>Elija un grupo.</translation>
    </message>
    <message>
        <source>Open a CSV file.</source>
        <translation>Abra un archivo CSV.</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Elija la columna que contiene los números de teléfono.</translation>
    </message>
    <message>
        <source>Choose the recipients.</source>
        <translation>Elija los destinatarios.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>pasted numbers</source>
        <translation>números pegados</translation>
    </message>
    <message>
        <source>Paste or type the numbers to text.</source>
        <translation>Pegue o escriba los números de los destinatarios.</translation>
    </message>
    <message>
        <source>Nobody to text.</source>
        <translation>No hay destinatarios.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s). Write the text (or pick a saved one) to see every message.</source>
        <translation>
            <numerusform>%n destinatario. Escriba el texto (o elija uno guardado) para ver cada mensaje.</numerusform>
            <numerusform>%n destinatarios. Escriba el texto (o elija uno guardado) para ver cada mensaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text cannot be sent: %1</source>
        <translation>El texto no se puede enviar: %1</translation>
    </message>
    <message>
        <source>Fix the text to see the messages.</source>
        <translation>Corrija el texto para ver los mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n message(s)</source>
        <translation>
            <numerusform>Poner %n mensaje en &amp;cola</numerusform>
            <numerusform>Poner %n mensajes en &amp;cola</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the campaign a name first</source>
        <translation>Primero dé un nombre a la campaña</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>No se puso nada en cola: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::NewConversationBar</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Phone number, e.g. +49 30 1234567</source>
        <translation>Número de teléfono, p. ej., +34 912 34 56 78</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Comprobación del número</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Cancel new conversation</source>
        <translation>Cancelar la nueva conversación</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1.</source>
        <translation>Los números sin prefijo de país se interpretan como números de %1.</translation>
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
        <translation>Anular la baja…</translation>
    </message>
    <message>
        <source>Only when the customer asked to hear from you again</source>
        <translation>Solo si el cliente pidió volver a recibir sus mensajes</translation>
    </message>
    <message>
        <source>Opt out…</source>
        <translation>Dar de baja…</translation>
    </message>
    <message>
        <source>Put this number on the opt-out list: nothing more is sent to it</source>
        <translation>Añadir este número a la lista de bajas: no se le enviará nada más</translation>
    </message>
    <message>
        <source>%1 opted out on %2 by writing “%3”.</source>
        <translation>%1 se dio de baja el %2 escribiendo “%3”.</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list by hand on %2.</source>
        <translation>%1 se añadió a mano a la lista de bajas el %2.</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list by hand on %2: %3</source>
        <translation>%1 se añadió a mano a la lista de bajas el %2: %3</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list through the API on %2.</source>
        <translation>%1 se añadió a la lista de bajas a través de la API el %2.</translation>
    </message>
    <message>
        <source>%1 was put on the opt-out list through the API on %2: %3</source>
        <translation>%1 se añadió a la lista de bajas a través de la API el %2: %3</translation>
    </message>
    <message>
        <source>Nothing can be sent to this number until they write START or the opt-out is lifted.</source>
        <translation>No se puede enviar nada a este número hasta que el cliente escriba START o se anule la baja.</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Put %1 on the opt-out list? Nothing more will be sent to this number, and what waits to be sent is cancelled.

Note (optional, e.g. “asked on the phone”):</source>
        <translation>¿Añadir %1 a la lista de bajas? No se enviará nada más a este número y lo que espera para enviarse se cancela.

Nota (opcional, p. ej. “lo pidió por teléfono”):</translation>
    </message>
    <message>
        <source>Could not add the number: %1</source>
        <translation>No se pudo añadir el número: %1</translation>
    </message>
    <message>
        <source>Lift opt-out</source>
        <translation>Anular la baja</translation>
    </message>
    <message>
        <source>Lift the opt-out of %1? Do this only when they asked to hear from you again. Messages cancelled while they were opted out stay cancelled.</source>
        <translation>¿Anular la baja de %1? Hágalo solo si el cliente pidió volver a recibir sus mensajes. Los mensajes cancelados mientras estaba dado de baja siguen cancelados.</translation>
    </message>
    <message>
        <source>Could not lift it: %1</source>
        <translation>No se pudo anular la baja: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::OptOutsSection</name>
    <message>
        <source>wrote “%1”</source>
        <translation>escribió “%1”</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>by hand: %1</source>
        <translation>a mano: %1</translation>
    </message>
    <message>
        <source>through the API</source>
        <translation>a través de la API</translation>
    </message>
    <message>
        <source>through the API: %1</source>
        <translation>a través de la API: %1</translation>
    </message>
    <message>
        <source>Nothing is sent to a number on this list. A customer who writes STOP (or STOPP, BAJA, ARRÊT, UNSUBSCRIBE…) is put on it at once and what waited for them is cancelled; START takes them off.</source>
        <translation>No se envía nada a los números de esta lista. Un cliente que escribe STOP (o STOPP, BAJA, ARRÊT, UNSUBSCRIBE…) se añade a ella de inmediato y lo que esperaba para él se cancela; START lo quita de la lista.</translation>
    </message>
    <message>
        <source>Search by number or name</source>
        <translation>Buscar por número o nombre</translation>
    </message>
    <message>
        <source>Search the opt-out list</source>
        <translation>Buscar en la lista de bajas</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Lista de bajas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Answer STOP with:</source>
        <translation>Responder a STOP con:</translation>
    </message>
    <message>
        <source>Answer to STOP</source>
        <translation>Respuesta a STOP</translation>
    </message>
    <message>
        <source>Answer START with:</source>
        <translation>Responder a START con:</translation>
    </message>
    <message>
        <source>Answer to START</source>
        <translation>Respuesta a START</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Guardar respuestas</translation>
    </message>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>No se puede leer la lista: %1</translation>
    </message>
    <message>
        <source>Nobody has opted out.</source>
        <translation>Nadie se ha dado de baja.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n numbers; Export CSV… has them all.</source>
        <translation>
            <numerusform>Los %1 más recientes de %n número; Exportar CSV… los incluye todos.</numerusform>
            <numerusform>Los %1 más recientes de %n números; Exportar CSV… los incluye todos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the list.</source>
        <translation>
            <numerusform>%n número en la lista.</numerusform>
            <numerusform>%n números en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>You will get no more messages from us. Reply START to hear from us again.</source>
        <translation>Ya no recibirá más mensajes nuestros. Responda START para volver a recibirlos.</translation>
    </message>
    <message>
        <source>Welcome back! You will hear from us again. Reply STOP to opt out.</source>
        <translation>¡Bienvenido de nuevo! Volverá a recibir nuestros mensajes. Responda STOP para darse de baja.</translation>
    </message>
    <message>
        <source>The answers to STOP and START are saved for every desk.</source>
        <translation>Las respuestas a STOP y START se guardaron para todos los puestos.</translation>
    </message>
    <message>
        <source>The answers were not saved: %1</source>
        <translation>No se guardaron las respuestas: %1</translation>
    </message>
    <message>
        <source>Add to the opt-out list</source>
        <translation>Añadir a la lista de bajas</translation>
    </message>
    <message>
        <source>Phone number (nothing more will be sent to it):</source>
        <translation>Número de teléfono (no se le enviará nada más):</translation>
    </message>
    <message>
        <source>Note (optional, e.g. “asked on the phone”):</source>
        <translation>Nota (opcional, p. ej. “lo pidió por teléfono”):</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No se añadió: %1</translation>
    </message>
    <message>
        <source>Export the opt-out list</source>
        <translation>Exportar la lista de bajas</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported; choose another folder.</source>
        <translation>No se puede escribir %1: %2. No se exportó nada; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>smsdesk::PairingDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Replies and delivery reports are fetched from the phone every %1 s; nothing to set up on the phone.</source>
        <translation>Las respuestas y los informes de entrega se obtienen del teléfono cada %1 s; no hay nada que configurar en el teléfono.</translation>
    </message>
    <message>
        <source>Webhooks registered on the phone (to %1): replies and delivery reports arrive at once. They are also fetched every %2 s, in case one is missed.</source>
        <translation>Webhooks registrados en el teléfono (hacia %1): las respuestas y los informes de entrega llegan al instante. Además se obtienen cada %2 s, por si se pierde alguno.</translation>
    </message>
    <message>
        <source>Smsdesk is registering its webhooks on the phone (to %1). Until then replies and delivery reports are fetched every %2 s.</source>
        <translation>Smsdesk está registrando sus webhooks en el teléfono (hacia %1). Mientras tanto, las respuestas y los informes de entrega se obtienen cada %2 s.</translation>
    </message>
    <message>
        <source>The webhooks could not be registered on the phone: %1. Replies and delivery reports are fetched every %2 s meanwhile; Smsdesk tries again every minute.</source>
        <translation>No se pudieron registrar los webhooks en el teléfono: %1. Mientras tanto, las respuestas y los informes de entrega se obtienen cada %2 s; Smsdesk lo reintenta cada minuto.</translation>
    </message>
    <message>
        <source>The SMSGate server cannot list received SMS (its inbox answers HTTP 501), so customer replies reach Smsdesk only by webhook. Delivery reports are fetched from the server.</source>
        <translation>El servidor de SMSGate no puede listar los SMS recibidos (su bandeja de entrada responde HTTP 501), así que las respuestas de los clientes solo llegan a Smsdesk por webhook. Los informes de entrega se obtienen del servidor.</translation>
    </message>
    <message>
        <source>To get replies, start Smsdesk with a gateway listener at a public https:// address (--gateway-listen with --gateway-cert and --gateway-key, or --gateway-url behind a tunnel); it then registers the webhooks itself.</source>
        <translation>Para recibir respuestas, inicie Smsdesk con un receptor de pasarela en una dirección https:// pública (--gateway-listen con --gateway-cert y --gateway-key, o --gateway-url detrás de un túnel); Smsdesk registrará entonces los webhooks por sí mismo.</translation>
    </message>
    <message>
        <source>Webhooks registered at the server (to %1). The server cannot set the phones&apos; signing key: in the app on each phone, open Settings, Webhooks, Signing key, and enter the secret below.</source>
        <translation>Webhooks registrados en el servidor (hacia %1). El servidor no puede fijar la clave de firma de los teléfonos: en la app de cada teléfono, abra «Settings», «Webhooks», «Signing key» e introduzca el secreto de abajo.</translation>
    </message>
    <message>
        <source>The webhooks could not be registered: %1. Smsdesk tries again every minute.</source>
        <translation>No se pudieron registrar los webhooks: %1. Smsdesk lo reintenta cada minuto.</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>aún no se ha intentado</translation>
    </message>
    <message>
        <source>Replies from %1</source>
        <translation>Respuestas de %1</translation>
    </message>
    <message>
        <source>How replies arrive</source>
        <translation>Cómo llegan las respuestas</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
</context>
<context>
    <name>smsdesk::QuietHoursSection</name>
    <message>
        <source>Hold messages during &amp;quiet hours</source>
        <translation>Retener los mensajes en las horas de &amp;silencio</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no exemption</source>
        <translation>sin excepción</translation>
    </message>
    <message>
        <source>Replies exempt within minutes of the customer&apos;s message</source>
        <translation>Respuestas exentas en los minutos siguientes al mensaje del cliente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;time:</source>
        <translation>&amp;Hora del destinatario:</translation>
    </message>
    <message>
        <source>&amp;Replies exempt within:</source>
        <translation>&amp;Respuestas exentas durante:</translation>
    </message>
    <message>
        <source>Quiet hours: “%1” is not a time; write the start as hours and minutes, e.g. 21:00.</source>
        <translation>Horas de silencio: “%1” no es una hora; escriba el inicio en horas y minutos, p. ej. 21:00.</translation>
    </message>
    <message>
        <source>Quiet hours: “%1” is not a time; write the end as hours and minutes, e.g. 08:00.</source>
        <translation>Horas de silencio: “%1” no es una hora; escriba el fin en horas y minutos, p. ej. 08:00.</translation>
    </message>
    <message>
        <source>Quiet hours: the end must differ from the start.</source>
        <translation>Horas de silencio: el fin debe ser distinto del inicio.</translation>
    </message>
    <message>
        <source>Messages not marked urgent wait from %1 to %2 in the recipient&apos;s time zone (from the number; your own where the number does not tell), campaigns and retries included.</source>
        <translation>Los mensajes no marcados como urgentes esperan de %1 a %2 en la zona horaria del destinatario (según el número; la suya si el número no la indica), incluidas campañas y reintentos.</translation>
    </message>
    <message>
        <source>Off: messages are sent at any hour.</source>
        <translation>Desactivado: los mensajes se envían a cualquier hora.</translation>
    </message>
    <message numerus="yes">
        <source>A reply written within %n minute(s) of the customer&apos;s own message is sent at once.</source>
        <translation>
            <numerusform>Una respuesta escrita en el plazo de %n minuto tras el mensaje del cliente se envía de inmediato.</numerusform>
            <numerusform>Una respuesta escrita en el plazo de %n minutos tras el mensaje del cliente se envía de inmediato.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::RabbitMqIntake</name>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>Reading queue %1 on RabbitMQ %2 (read ahead %3)</source>
        <translation>Leyendo la cola %1 en RabbitMQ %2 (leer por adelantado: %3)</translation>
    </message>
    <message>
        <source>the connection to RabbitMQ was lost (%1)</source>
        <translation>se perdió la conexión con RabbitMQ (%1)</translation>
    </message>
    <message>
        <source>%1; RabbitMQ is blocking publishers (%2)</source>
        <translation>%1; RabbitMQ no acepta mensajes nuevos por ahora (%2)</translation>
    </message>
    <message>
        <source>RabbitMQ cancelled the consumer (was queue %1 deleted?)</source>
        <translation>RabbitMQ canceló el consumidor (¿se borró la cola %1?)</translation>
    </message>
    <message>
        <source>RabbitMQ closed the channel: %1</source>
        <translation>RabbitMQ cerró el canal: %1</translation>
    </message>
    <message>
        <source>RabbitMQ closed the connection: %1</source>
        <translation>RabbitMQ cerró la conexión: %1</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>La base de datos de Smsdesk no aceptó %n mensaje (%1); nuevo intento en %2 s</numerusform>
            <numerusform>La base de datos de Smsdesk no aceptó %n mensajes (%1); nuevo intento en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; again in %2 s</source>
        <translation>%1; nuevo intento en %2 s</translation>
    </message>
    <message numerus="yes">
        <source>RabbitMQ %1: queue %2 has %n message(s), %3 consumer(s)</source>
        <translation>
            <numerusform>RabbitMQ %1: la cola %2 tiene %n mensaje, consumidores: %3</numerusform>
            <numerusform>RabbitMQ %1: la cola %2 tiene %n mensajes, consumidores: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>RabbitMQ %1: no queue %2 yet; the intake declares it durable when it starts</source>
        <translation>RabbitMQ %1: aún no existe la cola %2; Smsdesk la crea duradera al empezar a leer</translation>
    </message>
</context>
<context>
    <name>smsdesk::RedisConnection</name>
    <message>
        <source>not connected to Redis at %1</source>
        <translation>sin conexión con Redis en %1</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 s</source>
        <translation>Redis en %1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>the connection to Redis at %1 was lost (%2)</source>
        <translation>se perdió la conexión con Redis en %1 (%2)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>could not connect to Redis at %1: %2</source>
        <translation>no se pudo conectar con Redis en %1: %2</translation>
    </message>
    <message>
        <source>Redis at %1 refused the password for user %2 (%3)</source>
        <translation>Redis en %1 rechazó la contraseña del usuario %2 (%3)</translation>
    </message>
    <message>
        <source>Redis at %1 has no database %2 (%3)</source>
        <translation>Redis en %1 no tiene la base de datos %2 (%3)</translation>
    </message>
    <message>
        <source>Redis at %1 wants a password (%2); give it in the URL: redis://:password@host:port</source>
        <translation>Redis en %1 pide una contraseña (%2); indíquela en la URL: redis://:password@host:port</translation>
    </message>
</context>
<context>
    <name>smsdesk::RedisIntake</name>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>Reading %1 as %2/%3 on Redis %4 (read ahead %5)</source>
        <translation>Leyendo %1 como %2/%3 en Redis %4 (leer por adelantado: %5)</translation>
    </message>
    <message>
        <source>Redis refused to make group %1 on stream %2 (%3)</source>
        <translation>Redis se negó a crear el grupo %1 en el stream %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>La base de datos de Smsdesk no aceptó %n mensaje (%1); nuevo intento en %2 s</numerusform>
            <numerusform>La base de datos de Smsdesk no aceptó %n mensajes (%1); nuevo intento en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; Redis %2 cannot hand over a stopped desk&apos;s entries (XAUTOCLAIM needs 6.2)</source>
        <translation>%1; con Redis %2 no se retoman las entradas de un puesto detenido (XAUTOCLAIM requiere 6.2)</translation>
    </message>
    <message>
        <source>Redis answered: %1</source>
        <translation>Redis respondió: %1</translation>
    </message>
    <message>
        <source>%1; again in %2 s</source>
        <translation>%1; nuevo intento en %2 s</translation>
    </message>
    <message>
        <source>Redis %1: no stream %2 yet; the intake makes it, and group %3, when it starts</source>
        <translation>Redis %1: aún no existe el stream %2; Smsdesk lo crea, y el grupo %3, al empezar a leer</translation>
    </message>
    <message>
        <source>Redis %1: %2 is not a stream (%3)</source>
        <translation>Redis %1: %2 no es un stream (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: stream %2 has %n entries, group %3 has %4 pending</source>
        <translation>
            <numerusform>Redis %1: el stream %2 tiene %n entrada, el grupo %3 tiene %4 sin confirmar</numerusform>
            <numerusform>Redis %1: el stream %2 tiene %n entradas, el grupo %3 tiene %4 sin confirmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis %1: stream %2 has %n entries; no group %3 yet, the intake makes it and reads the entries added from then on</source>
        <translation>
            <numerusform>Redis %1: el stream %2 tiene %n entrada; aún no existe el grupo %3, Smsdesk lo crea y lee las entradas añadidas a partir de entonces</numerusform>
            <numerusform>Redis %1: el stream %2 tiene %n entradas; aún no existe el grupo %3, Smsdesk lo crea y lee las entradas añadidas a partir de entonces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::SavedTextsSection</name>
    <message>
        <source>Saved texts</source>
        <translation>Textos guardados</translation>
    </message>
    <message>
        <source>Name of the saved text</source>
        <translation>Nombre del texto guardado</translation>
    </message>
    <message>
        <source>e.g. Order ready</source>
        <translation>p. ej. Pedido listo</translation>
    </message>
    <message>
        <source>Saved text</source>
        <translation>Texto guardado</translation>
    </message>
    <message>
        <source>Hi {first_name}, your order is ready.</source>
        <translation>Hola {first_name}, su pedido está listo.</translation>
    </message>
    <message>
        <source>Placeholders: {first_name}, {last_name}, {name}, {phone}, a contact&apos;s own fields such as {order_no}, and a default after a bar: {first_name|there}.</source>
        <translation>Marcadores: {first_name}, {last_name}, {name}, {phone}, los campos propios de un contacto como {order_no}, y un valor por defecto tras una barra: {first_name|cliente}.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Save text</source>
        <translation>&amp;Guardar texto</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Could not read the saved texts: %1</source>
        <translation>No se pudieron leer los textos guardados: %1</translation>
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
        <translation>Para %1: «%2» — %3</translation>
    </message>
    <message>
        <source>The text was not saved: %1</source>
        <translation>El texto no se guardó: %1</translation>
    </message>
    <message>
        <source>Delete saved text</source>
        <translation>Eliminar texto guardado</translation>
    </message>
    <message>
        <source>Delete “%1”? Messages already sent with it stay as they are.</source>
        <translation>¿Eliminar «%1»? Los mensajes ya enviados con él no cambian.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The text was not deleted: %1</source>
        <translation>El texto no se eliminó: %1</translation>
    </message>
    <message>
        <source>Left empty here: {%1}. A contact with such a field fills it in; give a default with a bar, e.g. {%2|…}, for customers without it.</source>
        <translation>Aquí queda vacío: {%1}. Un contacto con ese campo lo rellena; para clientes sin él, ponga un valor por defecto tras una barra, p. ej. {%2|…}.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ScheduleDialog</name>
    <message>
        <source>Edit scheduled message</source>
        <translation>Editar mensaje programado</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Send at (your time):</source>
        <translation>Fecha de envío (su hora):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>The recipient&apos;s country has several time zones; check the time is right for them.</source>
        <translation>El país del destinatario tiene varias zonas horarias; compruebe que la hora sea adecuada para él.</translation>
    </message>
    <message>
        <source>The same time for the recipient (%1).</source>
        <translation>La misma hora para el destinatario (%1).</translation>
    </message>
    <message>
        <source>%1 for the recipient (%2).</source>
        <translation>%1 para el destinatario (%2).</translation>
    </message>
    <message>
        <source>Pick a time at least a minute from now.</source>
        <translation>Elija una hora al menos un minuto posterior a la actual.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
</context>
<context>
    <name>smsdesk::ScheduledListDialog</name>
    <message>
        <source>Scheduled messages</source>
        <translation>Mensajes programados</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Cancelar mensaje</translation>
    </message>
    <message>
        <source>Cannot read the scheduled messages: %1</source>
        <translation>No se pueden leer los mensajes programados: %1</translation>
    </message>
    <message>
        <source>Nothing is scheduled. Use “Later…” beside Send to schedule a message.</source>
        <translation>No hay nada programado. Use “Más tarde…” junto a Enviar para programar un mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) scheduled.</source>
        <translation>
            <numerusform>%n mensaje programado.</numerusform>
            <numerusform>%n mensajes programados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>No se cambió</translation>
    </message>
    <message>
        <source>Cancel this scheduled message? It will not be sent.</source>
        <translation>¿Cancelar este mensaje programado? No se enviará.</translation>
    </message>
    <message>
        <source>Not cancelled: %1</source>
        <translation>No se canceló: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Servidor de la API</translation>
    </message>
    <message>
        <source>Gateway accounts</source>
        <translation>Cuentas de pasarela</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Default region for numbers</source>
        <translation>Región predeterminada de los números</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Región predeterminada:</translation>
    </message>
    <message>
        <source>Numbers typed without a country code, like 0171 1234567, are read as numbers in this region.</source>
        <translation>Los números escritos sin prefijo de país, como 612 34 56 78, se interpretan como números de esta región.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>Primer reintento tras</translation>
    </message>
    <message>
        <source>Growth per retry</source>
        <translation>Aumento por reintento</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <source>Attempts before giving up</source>
        <translation>Intentos antes de abandonar</translation>
    </message>
    <message>
        <source>First retry &amp;after:</source>
        <translation>Primer reintento &amp;tras:</translation>
    </message>
    <message>
        <source>&amp;Growth per retry:</source>
        <translation>Au&amp;mento por reintento:</translation>
    </message>
    <message>
        <source>&amp;Longest wait:</source>
        <translation>&amp;Espera máxima:</translation>
    </message>
    <message>
        <source>A&amp;ttempts:</source>
        <translation>I&amp;ntentos:</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>Dirección de esc&amp;ucha:</translation>
    </message>
    <message>
        <source>Allowed host names</source>
        <translation>Nombres de host permitidos</translation>
    </message>
    <message>
        <source>One name per line, e.g. smsdesk.office.lan</source>
        <translation>Un nombre por línea, p. ej., smsdesk.office.lan</translation>
    </message>
    <message>
        <source>Allowed &amp;host names:</source>
        <translation>Nombres de &amp;host permitidos:</translation>
    </message>
    <message>
        <source>Besides the listen address and localhost, only these names are accepted in the Host header (protection against DNS rebinding). Address changes apply after a restart.</source>
        <translation>Además de la dirección de escucha y localhost, solo se aceptan estos nombres en la cabecera Host (protección contra DNS rebinding). Los cambios de dirección se aplican tras reiniciar.</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>MySMSGate API key</source>
        <translation>Clave de API de MySMSGate</translation>
    </message>
    <message>
        <source>From the MySMSGate dashboard</source>
        <translation>Del panel de MySMSGate</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>&amp;Guardar en el llavero</translation>
    </message>
    <message>
        <source>MySMSGate API &amp;key:</source>
        <translation>&amp;Clave de API de MySMSGate:</translation>
    </message>
    <message>
        <source>Keys cannot be saved: %1</source>
        <translation>No se pueden guardar las claves: %1</translation>
    </message>
    <message>
        <source>Used by every phone on the MySMSGate gateway. Stored in the system keychain.</source>
        <translation>La usan todos los teléfonos de la pasarela MySMSGate. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Failed messages go to the dead letters after the first attempt.</source>
        <translation>Los mensajes que fallan pasan a «No enviados» tras el primer intento.</translation>
    </message>
    <message>
        <source>Waits up to %1 between attempts, then gives up after at most %2.</source>
        <translation>Espera hasta %1 entre intentos y abandona tras %2 como máximo.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Add a MySMSGate phone on the Devices page first; its key is kept with it.</source>
        <translation>Añada primero un teléfono MySMSGate en la página Dispositivos; su clave se guarda con él.</translation>
    </message>
    <message>
        <source>The key could not be saved: %1</source>
        <translation>No se pudo guardar la clave: %1</translation>
    </message>
    <message>
        <source>The API key is saved in the keychain.</source>
        <translation>La clave de API está guardada en el llavero.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>How MySMSGate webhooks are checked</source>
        <translation>Cómo se comprueban los webhooks de MySMSGate</translation>
    </message>
    <message>
        <source>Standard Webhooks signature</source>
        <translation>Firma de Standard Webhooks</translation>
    </message>
    <message>
        <source>Secret in the address (?token=)</source>
        <translation>Secreto en la dirección (?token=)</translation>
    </message>
    <message>
        <source>&amp;MySMSGate webhooks:</source>
        <translation>Webhooks de &amp;MySMSGate:</translation>
    </message>
    <message>
        <source>Settings saved for every desk on this database.</source>
        <translation>Ajustes guardados para todos los puestos de esta base de datos.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
    <message>
        <source>The settings were changed on another desk. Revert shows them; Apply replaces them with yours.</source>
        <translation>Los ajustes se cambiaron en otro puesto. Descartar cambios los muestra; Aplicar los sustituye por los suyos.</translation>
    </message>
    <message>
        <source>Saved texts</source>
        <translation>Textos guardados</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Play a &amp;sound when an SMS arrives</source>
        <translation>Reproducir un &amp;sonido al recibir un SMS</translation>
    </message>
    <message>
        <source>Sound for new messages</source>
        <translation>Sonido para mensajes nuevos</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificaciones:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>Default requests per second per token</source>
        <translation>Solicitudes por segundo predeterminadas por token</translation>
    </message>
    <message>
        <source>bursts of </source>
        <translation>ráfagas de </translation>
    </message>
    <message>
        <source>Default requests at once per token</source>
        <translation>Solicitudes a la vez predeterminadas por token</translation>
    </message>
    <message>
        <source>Default &amp;limit per token:</source>
        <translation>&amp;Límite predeterminado por token:</translation>
    </message>
    <message>
        <source>Each token may send this many requests unless it has a limit of its own (Limit… below). Changes apply at once, without a restart.</source>
        <translation>Cada token puede enviar este número de solicitudes salvo que tenga un límite propio (Límite… abajo). Los cambios se aplican al momento, sin reiniciar.</translation>
    </message>
    <message>
        <source>The default limit was not saved: %1</source>
        <translation>No se guardó el límite predeterminado: %1</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Outgoing webhooks</source>
        <translation>Webhooks salientes</translation>
    </message>
</context>
<context>
    <name>smsdesk::Sidebar</name>
    <message>
        <source>Places</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation>Atajo %1</translation>
    </message>
    <message>
        <source>%1, %2 new</source>
        <translation>%1, novedades: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::SqsIntake</name>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>SQS at %1 gave no URL for queue %2</source>
        <translation>SQS en %1 no dio ninguna URL para la cola %2</translation>
    </message>
    <message>
        <source>Reading queue %1 at %2 (read ahead %3, visibility %4 s)</source>
        <translation>Leyendo la cola %1 en %2 (lectura anticipada %3, visibilidad %4 s)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n message(s) arrived damaged (body and MD5 differ), left to come again</source>
        <translation>
            <numerusform>%1; %n mensaje llegó dañado (el cuerpo y el MD5 no coinciden) y volverá a llegar</numerusform>
            <numerusform>%1; %n mensajes llegaron dañados (el cuerpo y el MD5 no coinciden) y volverán a llegar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store did not take %n message(s) (%1); offered again in %2 s</source>
        <translation>
            <numerusform>La base de datos de Smsdesk no aceptó %n mensaje (%1); nuevo intento en %2 s</numerusform>
            <numerusform>La base de datos de Smsdesk no aceptó %n mensajes (%1); nuevo intento en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>SQS at %1 has no queue %2</source>
        <translation>SQS en %1 no tiene la cola %2</translation>
    </message>
    <message>
        <source>SQS at %1: %2</source>
        <translation>SQS en %1: %2</translation>
    </message>
    <message>
        <source>%1; again in %2 s</source>
        <translation>%1; nuevo intento en %2 s</translation>
    </message>
    <message numerus="yes">
        <source>SQS at %1: queue %2 has %n message(s) waiting, %3 being read</source>
        <translation>
            <numerusform>SQS en %1: la cola %2 tiene %n mensaje en espera, %3 en lectura</numerusform>
            <numerusform>SQS en %1: la cola %2 tiene %n mensajes en espera, %3 en lectura</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smsdesk::ThreadDelegate</name>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
</context>
<context>
    <name>smsdesk::ThreadListModel</name>
    <message numerus="yes">
        <source>%1, %n unread: %2</source>
        <translation>
            <numerusform>%1, %n sin leer: %2</numerusform>
            <numerusform>%1, %n sin leer: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Mensajes: %1</translation>
    </message>
    <message>
        <source>%1 · Messages: %2</source>
        <translation>%1 · Mensajes: %2</translation>
    </message>
</context>
<context>
    <name>smsdesk::TokenLimitDialog</name>
    <message>
        <source>&amp;Own limit:</source>
        <translation>Límite &amp;propio:</translation>
    </message>
    <message>
        <source>&amp;Unlimited</source>
        <translation>&amp;Sin límite</translation>
    </message>
    <message>
        <source>Request limit of “%1”</source>
        <translation>Límite de solicitudes de “%1”</translation>
    </message>
    <message>
        <source>&amp;Default limit (%1)</source>
        <translation>Límite pre&amp;determinado (%1)</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <source>bursts of </source>
        <translation>ráfagas de </translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Solicitudes a la vez</translation>
    </message>
    <message>
        <source>How many requests the program with this token may send to the API. Above it, the API answers 429 and says when to try again.</source>
        <translation>Cuántas solicitudes puede enviar a la API el programa con este token. Por encima, la API responde 429 e indica cuándo volver a intentarlo.</translation>
    </message>
    <message>
        <source>Unlimited: only for a program you trust; it can fill the queue as fast as this computer takes requests.</source>
        <translation>Sin límite: solo para un programa de confianza; puede llenar la cola tan rápido como este equipo acepte solicitudes.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>smsdesk::TokenModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>%1/s, bursts of %2</source>
        <translation>%1/s, ráfagas de %2</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source>Request limit</source>
        <translation>Límite de solicitudes</translation>
    </message>
</context>
<context>
    <name>smsdesk::TokensSection</name>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>Name of the program, e.g. Booking system</source>
        <translation>Nombre del programa, p. ej., Sistema de reservas</translation>
    </message>
    <message>
        <source>New token name</source>
        <translation>Nombre del nuevo token</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>&amp;Crear token</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Copy this token now: it will not be shown again.</source>
        <translation>Copie este token ahora: no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Nuevo token de API</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Could not read the API tokens: %1</source>
        <translation>No se pudieron leer los tokens de API: %1</translation>
    </message>
    <message>
        <source>Give the token a name, so you know later which program uses it.</source>
        <translation>Dé un nombre al token para saber después qué programa lo usa.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revocar token</translation>
    </message>
    <message>
        <source>Revoke “%1”? Programs using it can no longer send.</source>
        <translation>¿Revocar «%1»? Los programas que lo usan ya no podrán enviar.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>&amp;Limit…</source>
        <translation>&amp;Límite…</translation>
    </message>
    <message>
        <source>How many requests per second the selected token may send</source>
        <translation>Cuántas solicitudes por segundo puede enviar el token seleccionado</translation>
    </message>
    <message>
        <source>The limit was not changed: %1</source>
        <translation>No se cambió el límite: %1</translation>
    </message>
    <message>
        <source>The new limit applies from the token&apos;s next request.</source>
        <translation>El nuevo límite se aplica desde la siguiente solicitud del token.</translation>
    </message>
</context>
<context>
    <name>smsdesk::TrayIcon</name>
    <message>
        <source>Smsdesk tray menu</source>
        <translation>Menú de Smsdesk en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Show Smsdesk</source>
        <translation>Mostrar Smsdesk</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>No enviados</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
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
…y %n más</numerusform>
            <numerusform>%1
…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>En cola: %1</translation>
    </message>
    <message>
        <source>Unread conversations: %1</source>
        <translation>Conversaciones sin leer: %1</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>No enviados: %1</translation>
    </message>
    <message>
        <source>Phones online: %1</source>
        <translation>Teléfonos conectados: %1</translation>
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
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Se reintentará</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>Webhooks posted to &lt;b&gt;%1&lt;/b&gt;, newest first.</source>
        <translation>Webhooks enviados a &lt;b&gt;%1&lt;/b&gt;, los más recientes primero.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Attempts of the selected delivery</source>
        <translation>Intentos de la entrega seleccionada</translation>
    </message>
    <message>
        <source>Body posted for the selected delivery</source>
        <translation>Cuerpo enviado en la entrega seleccionada</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Intentos</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Cuerpo</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Resend the selected delivery now</source>
        <translation>Reenviar ahora la entrega seleccionada</translation>
    </message>
    <message>
        <source>Post it again now, with the same webhook-id; its attempts start again from one</source>
        <translation>Enviarlo de nuevo ahora, con el mismo webhook-id; sus intentos vuelven a contar desde uno</translation>
    </message>
    <message>
        <source>Cannot read the delivery log: %1</source>
        <translation>No se puede leer el registro de entregas: %1</translation>
    </message>
    <message>
        <source>%1, webhook-id %2</source>
        <translation>%1, webhook-id %2</translation>
    </message>
    <message>
        <source>Nothing was posted to this endpoint yet. Events it wants appear here as they happen.</source>
        <translation>Aún no se ha enviado nada a este endpoint. Los eventos que desea aparecen aquí en cuanto ocurren.</translation>
    </message>
    <message>
        <source>The newest %1 deliveries. Delivered and failed ones are kept for 30 days.</source>
        <translation>Las %1 entregas más recientes. Las entregadas y fallidas se conservan 30 días.</translation>
    </message>
    <message>
        <source>Delivered and failed deliveries are kept for 30 days.</source>
        <translation>Las entregas entregadas y fallidas se conservan 30 días.</translation>
    </message>
    <message>
        <source>Cannot read the attempts: %1</source>
        <translation>No se pueden leer los intentos: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Not posted yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <source>Not resent: %1</source>
        <translation>No se reenvió: %1</translation>
    </message>
    <message>
        <source>Posting it again now.</source>
        <translation>Se está enviando de nuevo.</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookEndpointDialog</name>
    <message>
        <source>Message sent</source>
        <translation>Mensaje enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed (will retry)</source>
        <translation>Fallido (se reintentará)</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>Mensaje recibido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Add outgoing webhook</source>
        <translation>Añadir webhook saliente</translation>
    </message>
    <message>
        <source>Smsdesk will post what happens to messages to this address of your app, signed so that your app can check the post comes from here.</source>
        <translation>Smsdesk enviará a esta dirección de su aplicación lo que ocurre con los mensajes, firmado para que su aplicación pueda comprobar que viene de aquí.</translation>
    </message>
    <message>
        <source>Endpoint address</source>
        <translation>Dirección del endpoint</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Optional, e.g. Shop system</source>
        <translation>Opcional, p. ej. Sistema de la tienda</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Send these events</source>
        <translation>Enviar estos eventos</translation>
    </message>
    <message>
        <source>Send %1 events</source>
        <translation>Enviar eventos «%1»</translation>
    </message>
    <message>
        <source>Posted as “%1”</source>
        <translation>Enviado como «%1»</translation>
    </message>
    <message>
        <source>Why the endpoint cannot be added yet</source>
        <translation>Por qué aún no se puede añadir el endpoint</translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation>Secreto de firma:</translation>
    </message>
    <message>
        <source>Signing secret of the new endpoint</source>
        <translation>Secreto de firma del nuevo endpoint</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the signing secret</source>
        <translation>Copiar el secreto de firma</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now and give it to your app: it will not be shown again.&lt;/b&gt; Your app checks each post&apos;s webhook-signature header with it (Standard Webhooks).</source>
        <translation>&lt;b&gt;Cópielo ahora y déselo a su aplicación: no se volverá a mostrar.&lt;/b&gt; Su aplicación comprueba con él la cabecera webhook-signature de cada envío (Standard Webhooks).</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Tick at least one event the endpoint should receive.</source>
        <translation>Marque al menos un evento que deba recibir el endpoint.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No se añadió: %1</translation>
    </message>
    <message>
        <source>Outgoing webhook added</source>
        <translation>Webhook saliente añadido</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookEndpointsSection</name>
    <message>
        <source>Smsdesk tells your own apps what happens to messages: it posts each event to the addresses below, signed the Standard Webhooks way. Every post is kept in an outbox first and retried with growing waits until your app answers, for about a day.</source>
        <translation>Smsdesk informa a sus propias aplicaciones de lo que ocurre con los mensajes: envía cada evento a las direcciones de abajo, firmado según Standard Webhooks. Cada envío se guarda antes en una bandeja de salida y se reintenta con esperas crecientes hasta que su aplicación responda, durante un día aproximadamente.</translation>
    </message>
    <message>
        <source>Outgoing webhook endpoints</source>
        <translation>Endpoints de webhooks salientes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Delivery &amp;log…</source>
        <translation>Re&amp;gistro de entregas…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Add an outgoing webhook endpoint</source>
        <translation>Añadir un endpoint de webhooks salientes</translation>
    </message>
    <message>
        <source>Show the delivery log of the selected endpoint</source>
        <translation>Mostrar el registro de entregas del endpoint seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation>Quitar el endpoint seleccionado</translation>
    </message>
    <message>
        <source>Cannot read the endpoints: %1</source>
        <translation>No se pueden leer los endpoints: %1</translation>
    </message>
    <message>
        <source>%1
Added %2</source>
        <translation>%1
Añadido el %2</translation>
    </message>
    <message>
        <source>No endpoints yet. Add… one to have your app told when messages are sent, delivered, fail or arrive.</source>
        <translation>Aún no hay endpoints. Añada uno para que su aplicación sepa cuándo se envían, entregan, fallan o llegan mensajes.</translation>
    </message>
    <message>
        <source>Waiting: not yet accepted by your app. Failed: given up after every attempt; Delivery log… shows why and can resend.</source>
        <translation>En espera: su aplicación aún no lo aceptó. Fallido: abandonado tras todos los intentos; Registro de entregas… muestra por qué y permite reenviar.</translation>
    </message>
    <message>
        <source>The endpoint %1 was added. Events from now on are posted to it.</source>
        <translation>Se añadió el endpoint %1. Los eventos a partir de ahora se le envían.</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Quitar endpoint</translation>
    </message>
    <message>
        <source>Stop posting to %1 and forget it? Its delivery log and the posts still waiting for it are deleted too.</source>
        <translation>¿Dejar de enviar a %1 y olvidarlo? También se borran su registro de entregas y los envíos que aún esperan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The endpoint was not removed: %1</source>
        <translation>No se quitó el endpoint: %1</translation>
    </message>
    <message>
        <source>%1 gets no more webhooks.</source>
        <translation>%1 ya no recibe webhooks.</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhookSecrets</name>
    <message>
        <source>The demo phones sign with a secret made for this session. It changes at every start and cannot be rotated.</source>
        <translation>Los teléfonos de demostración firman con un secreto creado para esta sesión. Cambia en cada inicio y no se puede renovar.</translation>
    </message>
    <message>
        <source>Secrets cannot be saved: %1</source>
        <translation>No se pueden guardar los secretos: %1</translation>
    </message>
    <message>
        <source>There is no webhook for the adapter “%1”.</source>
        <translation>No hay ningún webhook para el adaptador «%1».</translation>
    </message>
    <message>
        <source>The webhook secret for %1 could not be read: %2</source>
        <translation>No se pudo leer el secreto de webhook de %1: %2</translation>
    </message>
    <message>
        <source>No webhook secret is set for %1, and none can be saved: %2</source>
        <translation>No hay ningún secreto de webhook para %1 y no se puede guardar ninguno: %2</translation>
    </message>
    <message>
        <source>The new webhook secret for %1 could not be saved: %2</source>
        <translation>No se pudo guardar el nuevo secreto de webhook de %1: %2</translation>
    </message>
    <message>
        <source>Smsdesk is stopping; the secret was not applied.</source>
        <translation>Smsdesk se está cerrando; el secreto no se aplicó.</translation>
    </message>
</context>
<context>
    <name>smsdesk::WebhooksSection</name>
    <message>
        <source>API server is off</source>
        <translation>El servidor de la API está desactivado</translation>
    </message>
    <message>
        <source>Webhook address for %1</source>
        <translation>Dirección de webhook para %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Webhook secret for %1</source>
        <translation>Secreto de webhook de %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the webhook secret for %1</source>
        <translation>Mostrar el secreto de webhook de %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the webhook secret for %1</source>
        <translation>Copiar el secreto de webhook de %1</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renovar…</translation>
    </message>
    <message>
        <source>Rotate the webhook secret for %1</source>
        <translation>Renovar el secreto de webhook de %1</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>The secret for %1 is on the clipboard.</source>
        <translation>El secreto de %1 está en el portapapeles.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Rotate webhook secret</source>
        <translation>Renovar el secreto de webhook</translation>
    </message>
    <message>
        <source>Make a new secret for %1? Phones using the old secret will be refused until you enter the new one on them.</source>
        <translation>¿Crear un secreto nuevo para %1? Los teléfonos que usen el secreto antiguo serán rechazados hasta que introduzca en ellos el nuevo.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>The secret was not changed: %1</source>
        <translation>El secreto no se cambió: %1</translation>
    </message>
    <message>
        <source>New secret for %1 saved. Enter it on every phone that posts to %1; until then their reports are refused.</source>
        <translation>Nuevo secreto para %1 guardado. Introdúzcalo en cada teléfono que envíe a %1; hasta entonces, sus informes se rechazan.</translation>
    </message>
    <message>
        <source>SMSGate phones: with the gateway listener on, Smsdesk registers these webhooks on each phone and sets its signing key itself; without it, replies and delivery reports are fetched from the phones (Devices → How replies arrive). MySMSGate documents no webhook signing: Smsdesk checks its webhooks as chosen above; its replies and reports are also fetched from the account&apos;s history. The secrets are kept in the system keychain.</source>
        <translation>Teléfonos SMSGate: con el receptor de pasarela activado, Smsdesk registra estos webhooks en cada teléfono y fija él mismo su clave de firma; sin él, las respuestas y los informes de entrega se obtienen de los teléfonos (Dispositivos → Cómo llegan las respuestas). MySMSGate no documenta ninguna firma de webhooks: Smsdesk comprueba sus webhooks como se elige arriba; sus respuestas e informes también se obtienen del historial de la cuenta. Los secretos se guardan en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>smsdesk::timefmt</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
</TS>
