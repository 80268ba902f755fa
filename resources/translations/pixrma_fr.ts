<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppStatusBar</name>
    <message>
        <source>○ No support server set up</source>
        <translation>○ Aucun serveur de support configuré</translation>
    </message>
    <message>
        <source>Requests wait in the outbox until a support server is set up in Settings.</source>
        <translation>Les demandes attendent dans la boîte d’envoi jusqu’à ce qu’un serveur de support soit configuré dans les Paramètres.</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>○ Offline — requests wait in the outbox</source>
        <translation>○ Hors ligne — les demandes attendent dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Connection: unknown</source>
        <translation>Connexion : inconnue</translation>
    </message>
    <message>
        <source>No request waiting</source>
        <translation>Aucune demande en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation>
            <numerusform>%n demande en attente d’envoi</numerusform>
            <numerusform>%n demandes en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation>Pas encore de recherche</translation>
    </message>
    <message>
        <source>Last scan: {time}</source>
        <translation>Dernière recherche : {time}</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Drop screenshots, logs or other files here</source>
        <translation>Déposez ici des captures d’écran, des journaux ou d’autres fichiers</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>CameraDetails</name>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Version du firmware</translation>
    </message>
    <message>
        <source>FPGA version</source>
        <translation>Version FPGA</translation>
    </message>
    <message>
        <source>XML version</source>
        <translation>Version XML</translation>
    </message>
    <message>
        <source>Bootloader version</source>
        <translation>Version du bootloader</translation>
    </message>
    <message>
        <source>Device version</source>
        <translation>Version de l’appareil</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Camera name</source>
        <translation>Nom de la caméra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Manufacturer info</source>
        <translation>Informations du fabricant</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Link speed</source>
        <translation>Débit du lien</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>In use by another program</source>
        <translation>Utilisée par un autre programme</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Caméra de démonstration</translation>
    </message>
    <message>
        <source>USB bus / port</source>
        <translation>Bus / port USB</translation>
    </message>
    <message>
        <source>USB address</source>
        <translation>Adresse USB</translation>
    </message>
    <message>
        <source>USB vendor:product</source>
        <translation>USB fabricant:produit</translation>
    </message>
    <message>
        <source>USB speed</source>
        <translation>Vitesse USB</translation>
    </message>
    <message>
        <source>USB speeds supported</source>
        <translation>Vitesses USB prises en charge</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Subnet mask</source>
        <translation>Masque de sous-réseau</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>IP configuration</source>
        <translation>Configuration IP</translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation>Carte réseau</translation>
    </message>
    <message>
        <source>Adapter address</source>
        <translation>Adresse de la carte</translation>
    </message>
    <message>
        <source>Adapter netmask</source>
        <translation>Masque de la carte</translation>
    </message>
    <message>
        <source>Adapter MTU</source>
        <translation>MTU de la carte</translation>
    </message>
    <message>
        <source>GenTL producer</source>
        <translation>Producteur GenTL</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvée par</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Select a camera to see every detail.</source>
        <translation>Sélectionnez une caméra pour voir tous ses détails.</translation>
    </message>
    <message>
        <source>Filter: a feature, a value, a category…</source>
        <translation>Filtrer : un paramètre, une valeur, une catégorie…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Copy all details</source>
        <translation>Copier tous les détails</translation>
    </message>
    <message>
        <source>Identity, software versions and every feature, as text for support</source>
        <translation>Identité, versions des logiciels et tous les paramètres, en texte pour le support</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Reading the configuration…</source>
        <translation>Lecture de la configuration…</translation>
    </message>
    <message>
        <source>GenICam XML</source>
        <translation>XML GenICam</translation>
    </message>
    <message>
        <source>Software versions</source>
        <translation>Versions des logiciels</translation>
    </message>
    <message>
        <source>Features ({count})</source>
        <translation>Paramètres ({count})</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>the details and {count} features of {camera}</source>
        <translation>les détails et les {count} paramètres de {camera}</translation>
    </message>
    <message>
        <source>the details of {camera}</source>
        <translation>les détails de {camera}</translation>
    </message>
</context>
<context>
    <name>CameraProblemBox</name>
    <message>
        <source>Read from the camera by the scan; it cannot be changed.</source>
        <translation>Lu dans la caméra par la recherche ; non modifiable.</translation>
    </message>
    <message>
        <source>What do you do, what do you expect, and what happens instead?</source>
        <translation>Que faites-vous, qu’attendez-vous, et que se passe-t-il à la place ?</translation>
    </message>
    <message>
        <source>e.g. 2026-11-02, or since the firmware update</source>
        <translation>p. ex. 2026-11-02, ou depuis la mise à jour du firmware</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>every time</source>
        <translation>à chaque fois</translation>
    </message>
    <message>
        <source>several times a day</source>
        <translation>plusieurs fois par jour</translation>
    </message>
    <message>
        <source>now and then</source>
        <translation>de temps en temps</translation>
    </message>
    <message>
        <source>it happened once</source>
        <translation>c’est arrivé une fois</translation>
    </message>
    <message>
        <source>Paste each error or warning message on its own line</source>
        <translation>Collez chaque message d’erreur ou d’avertissement sur sa propre ligne</translation>
    </message>
    <message>
        <source>Remove camera</source>
        <translation>Retirer la caméra</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>numéro de série</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>firmware</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>Depuis quand</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>À quelle fréquence</translation>
    </message>
    <message>
        <source>Exact error text</source>
        <translation>Texte exact de l’erreur</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ajoutée à la main</translation>
    </message>
    <message>
        <source>from the scan</source>
        <translation>trouvée par la recherche</translation>
    </message>
</context>
<context>
    <name>CameraTable</name>
    <message>
        <source>Added by hand</source>
        <translation>Ajoutée à la main</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not found now</source>
        <translation>Introuvable maintenant</translation>
    </message>
    <message>
        <source>In use by another program</source>
        <translation>Utilisée par un autre programme</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <source>OK (demo camera)</source>
        <translation>OK (caméra de démonstration)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Unknown camera</source>
        <translation>Caméra inconnue</translation>
    </message>
</context>
<context>
    <name>CamerasPage</name>
    <message>
        <source>&amp;Scan for cameras</source>
        <translation>&amp;Rechercher les caméras</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add a camera by &amp;hand…</source>
        <translation>Ajouter une caméra à la &amp;main…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove a camera you added by hand</source>
        <translation>Retirer une caméra ajoutée à la main</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Tout &amp;copier</translation>
    </message>
    <message>
        <source>Nothing to copy yet: scan for cameras first.</source>
        <translation>Rien à copier pour l’instant : recherchez d’abord les caméras.</translation>
    </message>
    <message>
        <source>No scan yet.</source>
        <translation>Aucune recherche pour l’instant.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>{probe}: looking…</source>
        <translation>{probe} : recherche…</translation>
    </message>
    <message>
        <source>{probe}: {n} found</source>
        <translation>{probe} : {n} trouvée(s)</translation>
    </message>
    <message>
        <source>{probe}: timed out</source>
        <translation>{probe} : délai dépassé</translation>
    </message>
    <message>
        <source>{probe}: cancelled</source>
        <translation>{probe} : annulée</translation>
    </message>
    <message>
        <source>{probe}: failed</source>
        <translation>{probe} : échec</translation>
    </message>
    <message>
        <source>Scan cancelled; the list may be incomplete.</source>
        <translation>Recherche annulée ; la liste est peut-être incomplète.</translation>
    </message>
    <message>
        <source>No camera found (scan at {time}). Check the cable and power, then scan again.</source>
        <translation>Aucune caméra trouvée (recherche à {time}). Vérifiez le câble et l’alimentation, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>{n} camera(s) found at {time} in {seconds:.1f} s.</source>
        <translation>{n} caméra(s) trouvée(s) à {time} en {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Scan stopped.</source>
        <translation>Recherche arrêtée.</translation>
    </message>
    <message>
        <source>Reported by the {probe} probe</source>
        <translation>Signalé par la sonde {probe}</translation>
    </message>
    <message>
        <source>No cameras listed yet. Scan for cameras: every Pixelink and GenICam camera on USB or the network shows here. A camera that no longer shows up can be added by hand.</source>
        <translation>Aucune caméra dans la liste pour l’instant. Recherchez les caméras : chaque caméra Pixelink et GenICam en USB ou sur le réseau s’affiche ici. Une caméra qui n’apparaît plus peut être ajoutée à la main.</translation>
    </message>
    <message>
        <source>Copy every camera&apos;s details, as text</source>
        <translation>Copier les détails de chaque caméra, en texte</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n caméra</numerusform>
            <numerusform>%n caméras</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the cameras added by hand</source>
        <translation>Enregistrement des caméras ajoutées à la main</translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <source>Packing slip…</source>
        <translation>Bordereau d’envoi…</translation>
    </message>
    <message>
        <source>A PDF to print and put in the parcel, with the RMA number large.</source>
        <translation>Un PDF à imprimer et à glisser dans le colis, avec le numéro RMA en grand.</translation>
    </message>
    <message>
        <source>RMA number {rma}: write it on the outside of the parcel.</source>
        <translation>Numéro RMA {rma} : écrivez-le à l’extérieur du colis.</translation>
    </message>
    <message>
        <source>No RMA number yet: support issues one only if a remote fix does not help.</source>
        <translation>Pas encore de numéro RMA : le support n’en attribue un que si une solution à distance n’aide pas.</translation>
    </message>
    <message>
        <source>Where the case stands</source>
        <translation>Où en est le dossier</translation>
    </message>
    <message>
        <source>Return instructions for RMA {rma}, as support wrote them</source>
        <translation>Instructions de retour pour le RMA {rma}, telles que le support les a écrites</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
    <message>
        <source>Before you ship</source>
        <translation>Avant l’envoi</translation>
    </message>
    <message>
        <source>Write the RMA number {rma} on the outside of the parcel. Cameras returned without an RMA number may be refused and sent back, or delayed.</source>
        <translation>Écrivez le numéro RMA {rma} à l’extérieur du colis. Une caméra renvoyée sans numéro RMA peut être refusée et retournée, ou retardée.</translation>
    </message>
    <message>
        <source>Shipping to the vendor is paid by you. Shipping back is paid by the vendor for a camera under warranty; otherwise it is added to the repair quote.</source>
        <translation>L’envoi au fabricant est à votre charge. Le retour est payé par le fabricant pour une caméra sous garantie ; sinon, il est ajouté au devis de réparation.</translation>
    </message>
    <message>
        <source>Out of warranty, the vendor sends a repair quote within 20 to 30 business days of receiving it.</source>
        <translation>Hors garantie, le fabricant envoie un devis de réparation dans les 20 à 30 jours ouvrés suivant sa réception.</translation>
    </message>
    <message>
        <source>Save the packing slip</source>
        <translation>Enregistrer le bordereau d’envoi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Packing slip saved as {path}: print it and put it in the parcel.</source>
        <translation>Bordereau enregistré sous {path} : imprimez-le et glissez-le dans le colis.</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Try again and report</source>
        <translation>Réessayer et rendre compte</translation>
    </message>
    <message>
        <source>This is what changed since you filed the request. Send it to support?</source>
        <translation>Voici ce qui a changé depuis l’envoi de la demande. L’envoyer au support ?</translation>
    </message>
    <message>
        <source>Send to support</source>
        <translation>Envoyer au support</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Send the replies that were not sent again, once you fixed the cause.</source>
        <translation>Renvoyer les réponses qui n’ont pas été envoyées, une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the selected file from support into a folder you choose.</source>
        <translation>Enregistrer le fichier du support sélectionné dans un dossier de votre choix.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Case &amp;&amp; return</source>
        <translation>Dossier et retour</translation>
    </message>
    <message>
        <source>Select a sent request to read the conversation with support.</source>
        <translation>Sélectionnez une demande envoyée pour lire l’échange avec le support.</translation>
    </message>
    <message>
        <source>The conversation with support starts once this request is sent.</source>
        <translation>L’échange avec le support commence une fois cette demande envoyée.</translation>
    </message>
    <message>
        <source>Conversation with support about “{title}” (support ticket #{ticket})</source>
        <translation>Échange avec le support sur « {title} » (ticket n° {ticket})</translation>
    </message>
    <message>
        <source>untitled request</source>
        <translation>demande sans titre</translation>
    </message>
    <message>
        <source>Replies cannot be read back through e-mail: support&apos;s answers arrive in your mailbox, and you answer them from there. To ask where the case stands, use “Ask about this request…”.</source>
        <translation>Les réponses ne peuvent pas être relues par e-mail : celles du support arrivent dans votre messagerie, et vous y répondez depuis celle-ci. Pour savoir où en est le dossier, utilisez « Se renseigner sur cette demande… ».</translation>
    </message>
    <message>
        <source>Write your question below and press Send reply: it goes onto support ticket #{ticket}.</source>
        <translation>Écrivez votre question ci-dessous et cliquez sur Envoyer la réponse : elle sera ajoutée au ticket de support nº {ticket}.</translation>
    </message>
    <message>
        <source>Write an e-mail to support instead</source>
        <translation>Écrire plutôt un e-mail au support</translation>
    </message>
    <message>
        <source>{name} ({size}) from {who}</source>
        <translation>{name} ({size}) de : {who}</translation>
    </message>
    <message>
        <source>The conversation could not be read: {problem}</source>
        <translation>L’échange n’a pas pu être lu : {problem}</translation>
    </message>
    <message>
        <source>Save the file from support into</source>
        <translation>Enregistrer le fichier du support dans</translation>
    </message>
    <message>
        <source>Saved as {path} (not opened).</source>
        <translation>Enregistré sous {path} (non ouvert).</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsBox</name>
    <message>
        <source>Replies from support</source>
        <translation>Réponses du support</translation>
    </message>
    <message>
        <source>Check sent requests for replies from support in the background</source>
        <translation>Chercher en arrière-plan les réponses du support aux demandes envoyées</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never while the computer is offline. A new reply shows a notification once.</source>
        <translation>Jamais quand l’ordinateur est hors ligne. Une nouvelle réponse est signalée une seule fois.</translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Vérifier toutes les</translation>
    </message>
</context>
<context>
    <name>ConversationText</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Support system</source>
        <translation>Système du support</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Being looked at by support</source>
        <translation>En cours d’examen par le support</translation>
    </message>
    <message>
        <source>Remote fix suggested</source>
        <translation>Solution à distance proposée</translation>
    </message>
    <message>
        <source>RMA issued</source>
        <translation>RMA attribué</translation>
    </message>
    <message>
        <source>Camera received</source>
        <translation>Caméra reçue</translation>
    </message>
    <message>
        <source>Quote / in repair</source>
        <translation>Devis / en réparation</translation>
    </message>
    <message>
        <source>Shipped back</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>{who} · {time} · ticket #{ticket}</source>
        <translation>{who} · {time} · ticket n° {ticket}</translation>
    </message>
    <message>
        <source>File: {name} ({size})</source>
        <translation>Fichier : {name} ({size})</translation>
    </message>
    <message>
        <source>Nothing read from the support server yet. Replies show here once the app has checked.</source>
        <translation>Rien n’a encore été lu sur le serveur du support. Les réponses s’affichent ici dès que l’application a vérifié.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>not sent: {problem}</source>
        <translation>non envoyée : {problem}</translation>
    </message>
    <message>
        <source>Your reply ({state})</source>
        <translation>Votre réponse ({state})</translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
    <message>
        <source>Copied {what} to the clipboard.</source>
        <translation>Copié dans le presse-papiers : {what}.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>fix proposed</source>
        <translation>correctif proposé</translation>
    </message>
    <message>
        <source>RMA issued</source>
        <translation>RMA émis</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>à traiter</translation>
    </message>
    <message>
        <source>This camera is already in an open request</source>
        <translation>Cette caméra figure déjà dans une demande ouverte</translation>
    </message>
    <message>
        <source>Support asks for one report for all affected cameras. These open requests already name {serials}:</source>
        <translation>Le support demande un seul rapport pour toutes les caméras concernées. Ces demandes ouvertes mentionnent déjà {serials} :</translation>
    </message>
    <message>
        <source>The support server was not searched: {problem}</source>
        <translation>Le serveur du support n’a pas été consulté : {problem}</translation>
    </message>
    <message>
        <source>&amp;Open that request</source>
        <translation>&amp;Ouvrir cette demande</translation>
    </message>
    <message>
        <source>Add this as a &amp;reply to it…</source>
        <translation>L’ajouter en &amp;réponse à celle-ci…</translation>
    </message>
    <message>
        <source>Writes to support about that ticket (its number in the subject), with this request&apos;s cameras.</source>
        <translation>Écrit au support au sujet de ce ticket (son numéro dans l’objet), avec les caméras de cette demande.</translation>
    </message>
    <message>
        <source>Why a new request? e.g. a second, different failure</source>
        <translation>Pourquoi une nouvelle demande ? p. ex. une deuxième panne, différente</translation>
    </message>
    <message>
        <source>&amp;File a new request anyway</source>
        <translation>&amp;Déposer quand même une nouvelle demande</translation>
    </message>
    <message>
        <source>Or file a new request; the reason goes into the report for support:</source>
        <translation>Ou déposez une nouvelle demande ; la raison figure dans le rapport pour le support :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Support ticket #{ticket}</source>
        <translation>Ticket de support nº {ticket}</translation>
    </message>
    <message>
        <source>Request {id} on this computer</source>
        <translation>Demande {id} sur cet ordinateur</translation>
    </message>
    <message>
        <source>RMA {number}</source>
        <translation>RMA {number}</translation>
    </message>
    <message>
        <source>on the server only</source>
        <translation>seulement sur le serveur</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Open Settings, enter a new access token and save it.</source>
        <translation>Ouvrez les Paramètres, saisissez un nouveau jeton d’accès et enregistrez-le.</translation>
    </message>
    <message>
        <source>Nothing is lost: the app tries again by itself when the connection is back.</source>
        <translation>Rien n’est perdu : l’application réessaie d’elle-même quand la connexion revient.</translation>
    </message>
    <message>
        <source>Correct the request as the message says, then send it again.</source>
        <translation>Corrigez la demande comme l’indique le message, puis renvoyez-la.</translation>
    </message>
    <message>
        <source>Check the support settings, then try again.</source>
        <translation>Vérifiez les paramètres du support, puis réessayez.</translation>
    </message>
    <message>
        <source>The app was not allowed to read or write a file ({name}).</source>
        <translation>L’application n’a pas pu lire ou écrire un fichier ({name}).</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or choose another folder.</source>
        <translation>Vérifiez les droits du dossier, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>Free some space, then try again.</source>
        <translation>Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}).</source>
        <translation>Un problème inattendu est survenu ({kind}).</translation>
    </message>
    <message>
        <source>Try again. If it happens again, send the details below to support.</source>
        <translation>Réessayez. Si cela se reproduit, envoyez les détails ci-dessous au support.</translation>
    </message>
    <message>
        <source>pixrma — something went wrong</source>
        <translation>pixrma — un problème est survenu</translation>
    </message>
</context>
<context>
    <name>FieldPlanNote</name>
    <message>
        <source>The server keeps one value in “{field}”: it will hold “{value}”.</source>
        <translation>Le serveur ne garde qu’une valeur dans « {field} » : il contiendra « {value} ».</translation>
    </message>
    <message>
        <source>The server will not keep these in “{field}” (its one value is full): {values}. The problem description still names them.</source>
        <translation>Le serveur ne gardera pas ces valeurs dans « {field} » (sa valeur unique est pleine) : {values}. La description du problème les mentionne toujours.</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Write to support</source>
        <translation>Écrire au support</translation>
    </message>
    <message>
        <source>No mail program took the message. Copy the address, the subject and the text into your mail, or save it as an .eml file and open that. Keep the subject as it is: the ticket number in it files your mail with the request.</source>
        <translation>Aucun programme de messagerie n’a pris le message. Copiez l’adresse, l’objet et le texte dans votre courriel, ou enregistrez-le en fichier .eml et ouvrez celui-ci. Gardez l’objet tel quel : le numéro de ticket qu’il contient range votre courriel avec la demande.</translation>
    </message>
    <message>
        <source>No address known: set one in Settings, or ask your vendor</source>
        <translation>Aucune adresse connue : indiquez-en une dans les Paramètres, ou demandez à votre fournisseur</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L’adresse</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>L’objet</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Le texte</translation>
    </message>
    <message>
        <source>{what} is on the clipboard.</source>
        <translation>{what} est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save the e-mail</source>
        <translation>Enregistrer le courriel</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>Courriel (*.eml)</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Saved as {path}: open it with your mail program.</source>
        <translation>Enregistré sous {path} : ouvrez-le avec votre programme de messagerie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pixelink RMA Assistant</source>
        <translation>Assistant RMA Pixelink</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Outbox &amp; tickets</source>
        <translation>Envois et tickets</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Your request was filed as support ticket #{ticket}.</source>
        <translation>Votre demande a été enregistrée sous le ticket de support nº {ticket}.</translation>
    </message>
    <message>
        <source>A USB device was plugged in or out: scanning again.</source>
        <translation>Un appareil USB a été branché ou débranché : nouvelle recherche.</translation>
    </message>
    <message>
        <source>Settings were reset</source>
        <translation>Paramètres réinitialisés</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so the app started with the default settings.</source>
        <translation>Votre fichier de paramètres n’a pas pu être lu : l’application a démarré avec les paramètres par défaut.</translation>
    </message>
</context>
<context>
    <name>ManualCameraDialog</name>
    <message>
        <source>Add a camera by hand</source>
        <translation>Ajouter une caméra à la main</translation>
    </message>
    <message>
        <source>For a camera that no longer shows up. The serial number is on the label on the camera body (or on the invoice).</source>
        <translation>Pour une caméra qui n’apparaît plus. Le numéro de série figure sur l’étiquette du boîtier (ou sur la facture).</translation>
    </message>
    <message>
        <source>e.g. PL-D755CU</source>
        <translation>p. ex. PL-D755CU</translation>
    </message>
    <message>
        <source>if you know it</source>
        <translation>si vous le connaissez</translation>
    </message>
    <message>
        <source>e.g. stopped showing up after a power cut</source>
        <translation>p. ex. n’apparaît plus depuis une coupure de courant</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>Version du firmware</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>Ajouter la caméra</translation>
    </message>
    <message>
        <source>Enter the serial number: support cannot open an RMA without it.</source>
        <translation>Saisissez le numéro de série : le support ne peut pas ouvrir de RMA sans lui.</translation>
    </message>
    <message>
        <source>Enter the model (as printed on the camera).</source>
        <translation>Saisissez le modèle (tel qu’imprimé sur la caméra).</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>On Linux, install the udev rule that comes with pixrma-desktop (the Linux packages do; from the source: sudo cp resources/udev/70-pixrma-cameras.rules /etc/udev/rules.d/ &amp;&amp; sudo udevadm control --reload &amp;&amp; sudo udevadm trigger), then unplug and replug the camera. On Windows, make sure the camera&apos;s USB driver is installed.</source>
        <translation>Sous Linux, installez la règle udev fournie avec pixrma-desktop (les paquets Linux le font ; depuis les sources : sudo cp resources/udev/70-pixrma-cameras.rules /etc/udev/rules.d/ &amp;&amp; sudo udevadm control --reload &amp;&amp; sudo udevadm trigger), puis débranchez et rebranchez la caméra. Sous Windows, vérifiez que le pilote USB de la caméra est installé.</translation>
    </message>
    <message>
        <source>Unplug and replug the camera and scan again.</source>
        <translation>Débranchez et rebranchez la caméra, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>Close the program that uses the camera (e.g. Pixelink Capture) and scan again to read its firmware.</source>
        <translation>Fermez le programme qui utilise la caméra (par ex. Pixelink Capture) et relancez la recherche pour lire son firmware.</translation>
    </message>
    <message>
        <source>Check the address, the cable and the camera&apos;s power; a camera on another subnet may only answer the broadcast search.</source>
        <translation>Vérifiez l’adresse, le câble et l’alimentation de la caméra ; une caméra sur un autre sous-réseau ne répond parfois qu’à la recherche par diffusion.</translation>
    </message>
    <message>
        <source>The USB library (libusb) could not be loaded, so USB cameras were not looked for.</source>
        <translation>La bibliothèque USB (libusb) n’a pas pu être chargée : les caméras USB n’ont pas été recherchées.</translation>
    </message>
    <message>
        <source>Reinstall pixrma-desktop; on Linux, installing the libusb-1.0-0 package also helps.</source>
        <translation>Réinstallez pixrma-desktop ; sous Linux, installer le paquet libusb-1.0-0 aide aussi.</translation>
    </message>
    <message>
        <source>USB devices could not be listed ({error}).</source>
        <translation>Impossible de lister les périphériques USB ({error}).</translation>
    </message>
    <message>
        <source>Scan again; if it persists, reboot.</source>
        <translation>Relancez la recherche ; si le problème persiste, redémarrez l’ordinateur.</translation>
    </message>
    <message>
        <source>No permission to open the USB camera {device}.</source>
        <translation>Pas l’autorisation d’ouvrir la caméra USB {device}.</translation>
    </message>
    <message>
        <source>Could not read the descriptors of the USB camera {device} ({error}).</source>
        <translation>Impossible de lire les descripteurs de la caméra USB {device} ({error}).</translation>
    </message>
    <message>
        <source>The camera&apos;s driver does not let other programs read it; its identity is shown as far as Windows tells it. Pixelink Capture or the Pixelink SDK can read the rest.</source>
        <translation>Le pilote de la caméra ne laisse pas les autres programmes la lire ; son identité est affichée d’après ce qu’en dit Windows. Pixelink Capture ou le SDK Pixelink peuvent lire le reste.</translation>
    </message>
    <message>
        <source>Could not read {field} of the USB camera {device} ({error}).</source>
        <translation>Impossible de lire {field} de la caméra USB {device} ({error}).</translation>
    </message>
    <message>
        <source>The USB camera {device} reports a damaged {field} ({problems}); shown as “{shown}”.</source>
        <translation>La caméra USB {device} renvoie un {field} endommagé ({problems}) ; affiché « {shown} ».</translation>
    </message>
    <message>
        <source>The USB camera {device} has no usable control endpoints.</source>
        <translation>La caméra USB {device} n’a pas de point de terminaison de contrôle utilisable.</translation>
    </message>
    <message>
        <source>The scan&apos;s time ran out before the USB camera {device} could be read.</source>
        <translation>Le temps de la recherche s’est écoulé avant que la caméra USB {device} puisse être lue.</translation>
    </message>
    <message>
        <source>The USB camera {device} is in use by another program.</source>
        <translation>La caméra USB {device} est utilisée par un autre programme.</translation>
    </message>
    <message>
        <source>Could not claim the control interface of the USB camera {device} ({error}).</source>
        <translation>Impossible de prendre l’interface de contrôle de la caméra USB {device} ({error}).</translation>
    </message>
    <message>
        <source>The USB camera {device} did not answer the identity request in time; it is listed with what its USB descriptors say.</source>
        <translation>La caméra USB {device} n’a pas répondu à temps à la demande d’identité ; elle est listée d’après ses descripteurs USB.</translation>
    </message>
    <message>
        <source>Unplug and replug the camera and scan again; if this persists, report it with the support bundle.</source>
        <translation>Débranchez et rebranchez la caméra, puis relancez la recherche ; si cela persiste, signalez-le avec le dossier de support.</translation>
    </message>
    <message>
        <source>The USB camera {device} answered the identity request badly ({error}); it is listed with what its USB descriptors say.</source>
        <translation>La caméra USB {device} a mal répondu à la demande d’identité ({error}) ; elle est listée d’après ses descripteurs USB.</translation>
    </message>
    <message>
        <source>The USB camera {device} refused some identity registers ({registers}).</source>
        <translation>La caméra USB {device} a refusé certains registres d’identité ({registers}).</translation>
    </message>
    <message>
        <source>USB 3 camera on a USB 2 link ({speed} speed, {mbits} Mbit/s): plug it into a USB 3 port (often blue or marked SS) with a USB 3 cable and no USB 2 hub in between.</source>
        <translation>Caméra USB 3 sur une liaison USB 2 (vitesse {speed}, {mbits} Mbit/s) : branchez-la sur un port USB 3 (souvent bleu ou marqué SS) avec un câble USB 3, sans hub USB 2 entre les deux.</translation>
    </message>
    <message>
        <source>No permission to open this camera; its serial number could not be read.</source>
        <translation>Pas l’autorisation d’ouvrir cette caméra ; son numéro de série n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>No permission to talk to this camera.</source>
        <translation>Pas l’autorisation de communiquer avec cette caméra.</translation>
    </message>
    <message>
        <source>In use by another program; identity from USB descriptors only.</source>
        <translation>Utilisée par un autre programme ; identité tirée des seuls descripteurs USB.</translation>
    </message>
    <message>
        <source>The camera&apos;s identity registers could not be read.</source>
        <translation>Les registres d’identité de la caméra n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The GenTL producers could not be read ({error}).</source>
        <translation>Les producteurs GenTL n’ont pas pu être lus ({error}).</translation>
    </message>
    <message>
        <source>Remove it from {variable} or from the configured producer paths.</source>
        <translation>Retirez-le de {variable} ou des chemins de producteurs configurés.</translation>
    </message>
    <message>
        <source>The configured GenTL producer path {path} has no .cti file.</source>
        <translation>Le chemin de producteur GenTL configuré {path} ne contient aucun fichier .cti.</translation>
    </message>
    <message>
        <source>Correct or remove it in the settings (cameras.producer_paths).</source>
        <translation>Corrigez-le ou retirez-le dans les paramètres (cameras.producer_paths).</translation>
    </message>
    <message>
        <source>The previous GenTL scan is still running; waiting for it to finish.</source>
        <translation>La recherche GenTL précédente est encore en cours ; attente de sa fin.</translation>
    </message>
    <message>
        <source>{camera} could not be opened ({error}); it is listed from enumeration only.</source>
        <translation>{camera} n’a pas pu être ouverte ({error}) ; elle est listée d’après l’énumération seule.</translation>
    </message>
    <message>
        <source>If another program uses it, close that program and scan again to read its firmware.</source>
        <translation>Si un autre programme l’utilise, fermez-le et relancez la recherche pour lire son firmware.</translation>
    </message>
    <message>
        <source>In use by another program; identity from enumeration only.</source>
        <translation>Utilisée par un autre programme ; identité tirée de la seule énumération.</translation>
    </message>
    <message>
        <source>Not reachable through its GenTL producer; identity from enumeration only.</source>
        <translation>Injoignable par son producteur GenTL ; identité tirée de la seule énumération.</translation>
    </message>
    <message>
        <source>Could not be opened; probably in use.</source>
        <translation>N’a pas pu être ouverte ; probablement utilisée ailleurs.</translation>
    </message>
    <message>
        <source>Could not list the network interfaces ({error}).</source>
        <translation>Impossible de lister les interfaces réseau ({error}).</translation>
    </message>
    <message>
        <source>This computer has no IPv4 network interface, so no GigE Vision camera can be found.</source>
        <translation>Cet ordinateur n’a aucune interface réseau IPv4 : aucune caméra GigE Vision ne peut être trouvée.</translation>
    </message>
    <message>
        <source>Connect the camera&apos;s network card and give it an address, then scan again.</source>
        <translation>Connectez la carte réseau de la caméra et donnez-lui une adresse, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>Could not search for GigE Vision cameras on {nic} ({error}).</source>
        <translation>Impossible de rechercher des caméras GigE Vision sur {nic} ({error}).</translation>
    </message>
    <message>
        <source>The GigE camera address “{host}” is not a valid address ({error}).</source>
        <translation>L’adresse de caméra GigE « {host} » n’est pas une adresse valide ({error}).</translation>
    </message>
    <message>
        <source>Check the address in the settings or on the command line.</source>
        <translation>Vérifiez l’adresse dans les paramètres ou sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Could not open a network socket ({error}).</source>
        <translation>Impossible d’ouvrir un socket réseau ({error}).</translation>
    </message>
    <message>
        <source>Cannot reach the GigE camera address {host} from this computer ({error}).</source>
        <translation>L’adresse de caméra GigE {host} est injoignable depuis cet ordinateur ({error}).</translation>
    </message>
    <message>
        <source>Check the address, and that a network card is on the camera&apos;s subnet.</source>
        <translation>Vérifiez l’adresse, et qu’une carte réseau est sur le sous-réseau de la caméra.</translation>
    </message>
    <message>
        <source>Receiving GigE Vision answers failed ({error}).</source>
        <translation>La réception des réponses GigE Vision a échoué ({error}).</translation>
    </message>
    <message>
        <source>No GigE Vision camera answered at {host}.</source>
        <translation>Aucune caméra GigE Vision n’a répondu à l’adresse {host}.</translation>
    </message>
    <message>
        <source>No GigE Vision camera answered at {host} (nothing listens on the GigE Vision port there).</source>
        <translation>Aucune caméra GigE Vision n’a répondu à l’adresse {host} (rien n’écoute sur le port GigE Vision).</translation>
    </message>
    <message>
        <source>A device at {address} answered with something that is not a valid GigE Vision reply ({reason}); it was ignored.</source>
        <translation>Un appareil à l’adresse {address} a répondu par autre chose qu’une réponse GigE Vision valide ({reason}) ; la réponse a été ignorée.</translation>
    </message>
    <message>
        <source>In use by another program (it holds the GigE Vision control channel).</source>
        <translation>Utilisée par un autre programme (il tient le canal de contrôle GigE Vision).</translation>
    </message>
    <message>
        <source>Could not read whether another application controls this camera ({error}).</source>
        <translation>Impossible de lire si une autre application contrôle cette caméra ({error}).</translation>
    </message>
    <message>
        <source>Could not ask whether another application controls this camera ({error}).</source>
        <translation>Impossible de demander si une autre application contrôle cette caméra ({error}).</translation>
    </message>
    <message>
        <source>The camera answered the search but cannot be reached at {ip} from this computer ({error}).</source>
        <translation>La caméra a répondu à la recherche mais est injoignable à l’adresse {ip} depuis cet ordinateur ({error}).</translation>
    </message>
    <message>
        <source>Without it, FPGA, XML and bootloader versions and the lens are not read; cameras are still listed through their standard interfaces.</source>
        <translation>Sans lui, les versions FPGA, XML et bootloader et l’objectif ne sont pas lus ; les caméras restent listées par leurs interfaces standard.</translation>
    </message>
    <message>
        <source>Skipped the GenTL producer {path}: it cannot be read ({error}).</source>
        <translation>Producteur GenTL {path} ignoré : il est illisible ({error}).</translation>
    </message>
    <message>
        <source>Skipped the GenTL producer {path}: it cannot be loaded as a shared library ({error}).</source>
        <translation>Producteur GenTL {path} ignoré : il ne se charge pas comme bibliothèque partagée ({error}).</translation>
    </message>
    <message>
        <source>Skipped the GenTL producer {path}: it is not a GenTL producer (it lacks {missing}).</source>
        <translation>Producteur GenTL {path} ignoré : ce n’est pas un producteur GenTL (il lui manque {missing}).</translation>
    </message>
    <message>
        <source>Skipped the GenTL producer {path}: it crashes when loaded (signal {signal}).</source>
        <translation>Producteur GenTL {path} ignoré : il plante au chargement (signal {signal}).</translation>
    </message>
    <message>
        <source>Skipped the GenTL producer {path}: it could not be checked (exit {exit}).</source>
        <translation>Producteur GenTL {path} ignoré : il n’a pas pu être vérifié (code de sortie {exit}).</translation>
    </message>
    <message>
        <source>Skipped the GenTL producer {path}: it did not finish loading in time.</source>
        <translation>Producteur GenTL {path} ignoré : son chargement n’a pas abouti à temps.</translation>
    </message>
    <message>
        <source>The camera&apos;s answers reached this computer only by broadcast, although it is on the network of {nic}.</source>
        <translation>Les réponses de la caméra ne sont parvenues à cet ordinateur que par diffusion, alors qu&apos;elle est sur le réseau de {nic}.</translation>
    </message>
    <message>
        <source>A firewall or security software may drop GigE Vision answers (UDP port 3956); see the checks.</source>
        <translation>Un pare-feu ou un logiciel de sécurité supprime peut-être les réponses GigE Vision (port UDP 3956) ; voir les vérifications.</translation>
    </message>
    <message>
        <source>Pixelink SDK not available: PIXELINK_SDK_LIB is not set (the Pixelink SDK&apos;s installer sets it).</source>
        <translation>SDK Pixelink indisponible : PIXELINK_SDK_LIB n’est pas défini (l’installateur du SDK Pixelink le définit).</translation>
    </message>
    <message>
        <source>Pixelink SDK not available: PIXELINK_SDK_LIB points to {folder}, which is not a folder.</source>
        <translation>SDK Pixelink indisponible : PIXELINK_SDK_LIB désigne {folder}, qui n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Pixelink SDK not available: {library} cannot be loaded ({error}).</source>
        <translation>SDK Pixelink indisponible : {library} ne peut pas être chargée ({error}).</translation>
    </message>
    <message>
        <source>Pixelink SDK not available: the pixelinkWrapper package is not installed.</source>
        <translation>SDK Pixelink indisponible : le paquet pixelinkWrapper n’est pas installé.</translation>
    </message>
    <message>
        <source>Pixelink SDK not available: pixelinkWrapper failed to load ({error}).</source>
        <translation>SDK Pixelink indisponible : le chargement de pixelinkWrapper a échoué ({error}).</translation>
    </message>
    <message>
        <source>Pixelink SDK not available: the SDK failed to load ({error}).</source>
        <translation>SDK Pixelink indisponible : le chargement du SDK a échoué ({error}).</translation>
    </message>
    <message>
        <source>The Pixelink SDK says: {note}</source>
        <translation>Le SDK Pixelink indique : {note}</translation>
    </message>
    <message>
        <source>The Pixelink SDK could not list cameras ({error}).</source>
        <translation>Le SDK Pixelink n’a pas pu lister les caméras ({error}).</translation>
    </message>
    <message>
        <source>The Pixelink SDK could not list cameras.</source>
        <translation>Le SDK Pixelink n’a pas pu lister les caméras.</translation>
    </message>
    <message>
        <source>Pixelink SDK error report: {report}.</source>
        <translation>Rapport d’erreur du SDK Pixelink : {report}.</translation>
    </message>
    <message>
        <source>In use by another program (for example Pixelink Capture); identity from the SDK&apos;s camera list only.</source>
        <translation>Utilisée par un autre programme (par exemple Pixelink Capture) ; identité tirée de la seule liste de caméras du SDK.</translation>
    </message>
    <message>
        <source>The Pixelink SDK could not open the camera ({error}).</source>
        <translation>Le SDK Pixelink n’a pas pu ouvrir la caméra ({error}).</translation>
    </message>
    <message>
        <source>The Pixelink SDK could not read the camera&apos;s information.</source>
        <translation>Le SDK Pixelink n’a pas pu lire les informations de la caméra.</translation>
    </message>
    <message>
        <source>Reading the camera through the SDK failed ({error}).</source>
        <translation>La lecture de la caméra par le SDK a échoué ({error}).</translation>
    </message>
    <message>
        <source>The {probe} probe did not finish within {seconds} s.</source>
        <translation>La détection {probe} ne s’est pas terminée en {seconds} s.</translation>
    </message>
    <message>
        <source>Its cameras may be missing; scan again, or raise the probe timeout.</source>
        <translation>Ses caméras peuvent manquer ; relancez la recherche ou augmentez le délai de détection.</translation>
    </message>
    <message>
        <source>The {probe} probe failed ({error}).</source>
        <translation>La détection {probe} a échoué ({error}).</translation>
    </message>
    <message>
        <source>Other probes&apos; cameras are still listed; please report this.</source>
        <translation>Les caméras des autres détections restent listées ; merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>{camera} is a USB 3 camera but runs at USB 2 speed{where}.</source>
        <translation>{camera} est une caméra USB 3 mais fonctionne à la vitesse USB 2{where}.</translation>
    </message>
    <message>
        <source>Plug it straight into a USB 3 port of the computer (usually blue, or marked SS), not through a hub or a USB 2 extension, with the camera&apos;s own USB 3 cable; then scan again. At USB 2 speed the camera drops frames or fails to start streaming, but it is not broken.</source>
        <translation>Branchez-la directement sur un port USB 3 de l’ordinateur (généralement bleu, ou marqué SS), sans hub ni rallonge USB 2, avec le câble USB 3 de la caméra ; puis relancez la recherche. En USB 2, la caméra perd des images ou ne démarre pas le flux, mais elle n’est pas en panne.</translation>
    </message>
    <message>
        <source>This computer does not let the app open the camera (no permission).</source>
        <translation>Cet ordinateur ne laisse pas l’application ouvrir la caméra (pas d’autorisation).</translation>
    </message>
    <message>
        <source>Linux lets only the administrator open the camera until a udev rule allows it. Save the rule below as /etc/udev/rules.d/{rule}, run `sudo udevadm control --reload-rules &amp;&amp; sudo udevadm trigger`, then unplug the camera and plug it in again. (The app&apos;s Linux package installs this rule for you.)</source>
        <translation>Linux ne laisse que l’administrateur ouvrir la caméra tant qu’une règle udev ne l’autorise pas. Enregistrez la règle ci-dessous sous /etc/udev/rules.d/{rule}, lancez `sudo udevadm control --reload-rules &amp;&amp; sudo udevadm trigger`, puis débranchez et rebranchez la caméra. (Le paquet Linux de l’application installe cette règle pour vous.)</translation>
    </message>
    <message>
        <source>Install the camera driver (Pixelink Capture installs it), reconnect the camera and scan again.</source>
        <translation>Installez le pilote de la caméra (Pixelink Capture l’installe), rebranchez la caméra et relancez la recherche.</translation>
    </message>
    <message>
        <source>{camera} is in use by another program.</source>
        <translation>{camera} est utilisée par un autre programme.</translation>
    </message>
    <message>
        <source>Only one program can control a camera at a time. Close the other program (for example Pixelink Capture, or your own acquisition software), then scan again. If your program cannot open the camera, this is the likely reason, not a fault of the camera.</source>
        <translation>Un seul programme à la fois peut contrôler une caméra. Fermez l’autre programme (par exemple Pixelink Capture, ou votre propre logiciel d’acquisition), puis relancez la recherche. Si votre programme ne peut pas ouvrir la caméra, c’est probablement la raison, et non une panne de la caméra.</translation>
    </message>
    <message>
        <source>{camera} has the address {ip}, which is not on any of this computer&apos;s networks.</source>
        <translation>{camera} a l’adresse {ip}, qui n’est sur aucun des réseaux de cet ordinateur.</translation>
    </message>
    <message>
        <source>It answers the search on the network card {nic} ({nic_address}), but this computer cannot reach it there. Either give the camera an address in {nic_network}, for example {camera_ip} with mask {nic_mask} (Pixelink Capture or the camera maker&apos;s IP tool; make it persistent, or turn on DHCP if your network has a DHCP server), or add an address in the camera&apos;s network to the card: `sudo ip addr add {host_ip}/{prefix} dev {nic}` (Windows: Network Connections &gt; {nic} &gt; Internet Protocol Version 4 &gt; Properties &gt; Advanced &gt; add {host_ip}, mask {camera_mask}).</source>
        <translation>Elle répond à la recherche sur la carte réseau {nic} ({nic_address}), mais cet ordinateur ne peut pas la joindre par là. Donnez à la caméra une adresse dans {nic_network}, par exemple {camera_ip} avec le masque {nic_mask} (Pixelink Capture ou l’outil IP du fabricant de la caméra ; rendez-la persistante, ou activez le DHCP si votre réseau a un serveur DHCP), ou ajoutez à la carte une adresse dans le réseau de la caméra : `sudo ip addr add {host_ip}/{prefix} dev {nic}` (Windows : Connexions réseau &gt; {nic} &gt; Protocole Internet version 4 &gt; Propriétés &gt; Avancé &gt; ajouter {host_ip}, masque {camera_mask}).</translation>
    </message>
    <message>
        <source>Give the camera an address in the network of the card it is cabled to (Pixelink Capture or the camera maker&apos;s IP tool), or give that card an address in {camera_network}, for example {host_ip}.</source>
        <translation>Donnez à la caméra une adresse dans le réseau de la carte à laquelle elle est câblée (Pixelink Capture ou l’outil IP du fabricant de la caméra), ou donnez à cette carte une adresse dans {camera_network}, par exemple {host_ip}.</translation>
    </message>
    <message>
        <source>{count} devices use the same IP address {ip}.</source>
        <translation>{count} appareils utilisent la même adresse IP {ip}.</translation>
    </message>
    <message>
        <source>Give each camera its own address (Pixelink Capture or the camera maker&apos;s IP tool, or DHCP). Two devices with one address make both come and go at random.</source>
        <translation>Donnez à chaque caméra sa propre adresse (Pixelink Capture ou l’outil IP du fabricant de la caméra, ou le DHCP). Deux appareils avec la même adresse apparaissent et disparaissent au hasard.</translation>
    </message>
    <message>
        <source>The network card {nic} has jumbo frames off (MTU {mtu}), and GigE cameras are on it.</source>
        <translation>La carte réseau {nic} n’a pas les trames jumbo (MTU {mtu}), et des caméras GigE y sont branchées.</translation>
    </message>
    <message>
        <source>Set its MTU to {jumbo}: `sudo ip link set {nic} mtu {jumbo}` and make it permanent in the network settings (Windows: the adapter&apos;s Properties &gt; Configure &gt; Advanced &gt; Jumbo Packet = 9014 Bytes). Without jumbo frames a GigE camera loses frames at high frame rates or large images; also use a switch that passes jumbo frames.</source>
        <translation>Réglez son MTU à {jumbo} : `sudo ip link set {nic} mtu {jumbo}` et rendez-le permanent dans les paramètres réseau (Windows : Propriétés de l’adaptateur &gt; Configurer &gt; Avancé &gt; Paquet Jumbo = 9014 octets). Sans trames jumbo, une caméra GigE perd des images à fréquence élevée ou en grande taille ; utilisez aussi un commutateur qui laisse passer les trames jumbo.</translation>
    </message>
    <message>
        <source>No camera software was found: no GenTL producer and no Pixelink SDK.</source>
        <translation>Aucun logiciel de caméra trouvé : ni producteur GenTL, ni SDK Pixelink.</translation>
    </message>
    <message>
        <source>Install the Pixelink SDK (it comes with Pixelink Capture) or your camera maker&apos;s GenTL producer. The app then reads firmware, FPGA and lens details that the cameras do not tell otherwise. On Linux, set PIXELINK_SDK_LIB (Pixelink SDK) or GENICAM_GENTL64_PATH (GenTL) as the installer says, log in again and scan again.</source>
        <translation>Installez le SDK Pixelink (fourni avec Pixelink Capture) ou le producteur GenTL du fabricant de votre caméra. L’application lit alors le firmware, le FPGA et l’objectif, que les caméras ne disent pas autrement. Sous Linux, définissez PIXELINK_SDK_LIB (SDK Pixelink) ou GENICAM_GENTL64_PATH (GenTL) comme l’indique l’installateur, reconnectez-vous et relancez la recherche.</translation>
    </message>
    <message>
        <source>{camera} has firmware {firmware}, older than {newest_firmware} on the other {model} ({newest}).</source>
        <translation>{camera} a le firmware {firmware}, plus ancien que le {newest_firmware} de l’autre {model} ({newest}).</translation>
    </message>
    <message>
        <source>Update its firmware (for Pixelink cameras, support sends the current firmware and the update tool), then test again: support asks for this first, and it fixes many faults without a return.</source>
        <translation>Mettez son firmware à jour (pour les caméras Pixelink, le support envoie le firmware actuel et l’outil de mise à jour), puis testez à nouveau : le support le demande en premier, et cela corrige beaucoup de pannes sans retour.</translation>
    </message>
    <message>
        <source>Linux gives USB cameras {current} MB of transfer memory (usbfs), less than the {needed} MB that {count} USB 3 camera(s) need.</source>
        <translation>Linux accorde {current} Mo de mémoire de transfert (usbfs) aux caméras USB, moins que les {needed} Mo dont ont besoin {count} caméra(s) USB 3.</translation>
    </message>
    <message>
        <source>Raise it: `echo {suggested} | sudo tee /sys/module/usbcore/parameters/usbfs_memory_mb`, then scan again. To keep it after a restart, add usbcore.usbfs_memory_mb={suggested} to the kernel command line (GRUB_CMDLINE_LINUX in /etc/default/grub, then `sudo update-grub`). With too little memory the camera drops frames or stops streaming, but it is not broken.</source>
        <translation>Augmentez-la : `echo {suggested} | sudo tee /sys/module/usbcore/parameters/usbfs_memory_mb`, puis relancez la recherche. Pour la garder après un redémarrage, ajoutez usbcore.usbfs_memory_mb={suggested} à la ligne de commande du noyau (GRUB_CMDLINE_LINUX dans /etc/default/grub, puis `sudo update-grub`). Avec trop peu de mémoire la caméra perd des images ou cesse de diffuser, mais elle n&apos;est pas en panne.</translation>
    </message>
    <message>
        <source>{count} USB 3 cameras share one USB host controller ({controller}).</source>
        <translation>{count} caméras USB 3 partagent un même contrôleur hôte USB ({controller}).</translation>
    </message>
    <message>
        <source>One controller&apos;s bandwidth is shared by every port on it, so the cameras slow each other down and drop frames. Plug the cameras into ports of different controllers, or add a USB 3 card (one controller per camera), then scan again.</source>
        <translation>La bande passante d&apos;un contrôleur est partagée par tous ses ports : les caméras se ralentissent et perdent des images. Branchez-les sur des ports de contrôleurs différents, ou ajoutez une carte USB 3 (un contrôleur par caméra), puis relancez la recherche.</translation>
    </message>
    <message>
        <source>Linux may suspend {camera} to save power (USB autosuspend is on).</source>
        <translation>Linux peut mettre {camera} en veille pour économiser l&apos;énergie (mise en veille automatique USB active).</translation>
    </message>
    <message>
        <source>A suspended camera disappears or stops streaming at random. Turn it off for the camera: `echo on | sudo tee /sys/bus/usb/devices/{device}/power/control`; to keep it off after a restart, add usbcore.autosuspend=-1 to the kernel command line.</source>
        <translation>Une caméra en veille disparaît ou cesse de diffuser au hasard. Désactivez-la pour la caméra : `echo on | sudo tee /sys/bus/usb/devices/{device}/power/control` ; pour que cela tienne après un redémarrage, ajoutez usbcore.autosuspend=-1 à la ligne de commande du noyau.</translation>
    </message>
    <message>
        <source>The kernel driver {driver} holds {camera}, so camera programs cannot open it.</source>
        <translation>Le pilote du noyau {driver} tient {camera} : les logiciels de caméra ne peuvent pas l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Release it: `echo -n {device}:1.0 | sudo tee /sys/bus/usb/drivers/{driver}/unbind` (for each interface), and stop it from taking the camera again with a line `blacklist {driver}` in /etc/modprobe.d/camera.conf if nothing else needs that driver. Then unplug the camera, plug it in again and scan again.</source>
        <translation>Libérez-la : `echo -n {device}:1.0 | sudo tee /sys/bus/usb/drivers/{driver}/unbind` (pour chaque interface), et empêchez le pilote de la reprendre avec une ligne `blacklist {driver}` dans /etc/modprobe.d/camera.conf si rien d&apos;autre n&apos;en a besoin. Puis débranchez la caméra, rebranchez-la et relancez la recherche.</translation>
    </message>
    <message>
        <source>The network card {nic} runs at {speed} Mb/s, below the 1000 Mb/s a GigE camera needs.</source>
        <translation>La carte réseau {nic} fonctionne à {speed} Mb/s, en dessous des 1000 Mb/s dont une caméra GigE a besoin.</translation>
    </message>
    <message>
        <source>Check that the card, the switch and every cable between them and the camera are Gigabit (Cat 5e or better, all eight wires), and that the card is not forced to 100 Mb/s (`ethtool {nic}`; Windows: the adapter&apos;s Speed &amp; Duplex = Auto). At 100 Mb/s the camera loses frames, but it is not broken.</source>
        <translation>Vérifiez que la carte, le commutateur et chaque câble jusqu&apos;à la caméra sont Gigabit (catégorie 5e ou mieux, les huit fils), et que la carte n&apos;est pas forcée à 100 Mb/s (`ethtool {nic}` ; Windows : Vitesse et duplex = Auto dans les propriétés de la carte). À 100 Mb/s la caméra perd des images, mais elle n&apos;est pas en panne.</translation>
    </message>
    <message>
        <source>{camera} sends stream packets of {size} bytes, larger than the MTU {mtu} of the network card {nic}.</source>
        <translation>{camera} envoie des paquets de flux de {size} octets, plus grands que le MTU {mtu} de la carte réseau {nic}.</translation>
    </message>
    <message>
        <source>Packets larger than the card&apos;s MTU never arrive, so no image comes through. Either turn on jumbo frames on {nic} (`sudo ip link set {nic} mtu 9000`, and a switch that passes them), or set the camera&apos;s packet size (GevSCPSPacketSize) to {mtu} or less in your camera program.</source>
        <translation>Les paquets plus grands que le MTU de la carte n&apos;arrivent jamais : aucune image ne passe. Activez les trames géantes sur {nic} (`sudo ip link set {nic} mtu 9000`, et un commutateur qui les laisse passer), ou réglez la taille de paquet de la caméra (GevSCPSPacketSize) à {mtu} ou moins dans votre logiciel de caméra.</translation>
    </message>
    <message>
        <source>Linux&apos;s strict reverse-path filter on {nic} may drop the answers of a camera on another subnet.</source>
        <translation>Le filtre strict de chemin inverse de Linux sur {nic} peut supprimer les réponses d&apos;une caméra d&apos;un autre sous-réseau.</translation>
    </message>
    <message>
        <source>Best: give the camera an address in the card&apos;s network. Otherwise set the filter to loose: `sudo sysctl -w net.ipv4.conf.{nic}.rp_filter=2 net.ipv4.conf.all.rp_filter=2` (keep it in /etc/sysctl.d/), then scan again.</source>
        <translation>Le mieux : donnez à la caméra une adresse dans le réseau de la carte. Sinon passez le filtre en mode souple : `sudo sysctl -w net.ipv4.conf.{nic}.rp_filter=2 net.ipv4.conf.all.rp_filter=2` (à conserver dans /etc/sysctl.d/), puis relancez la recherche.</translation>
    </message>
    <message>
        <source>GigE Vision answers (UDP port 3956) are blocked, or arrive only by broadcast, on this computer.</source>
        <translation>Les réponses GigE Vision (port UDP 3956) sont bloquées, ou n&apos;arrivent que par diffusion, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A firewall or security software drops GigE Vision packets, so cameras are missed or cannot be controlled. Allow UDP port 3956 and the camera&apos;s stream port on the camera&apos;s network card (for example `sudo ufw allow in on NIC proto udp`; Windows: allow Pixelink Capture and this app in the firewall), or remove the rule shown below, then scan again.</source>
        <translation>Un pare-feu ou un logiciel de sécurité supprime des paquets GigE Vision : des caméras ne sont pas trouvées ou ne peuvent pas être pilotées. Autorisez le port UDP 3956 et le port de flux de la caméra sur sa carte réseau (par exemple `sudo ufw allow in on NIC proto udp` ; Windows : autorisez Pixelink Capture et cette application dans le pare-feu), ou supprimez la règle ci-dessous, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>GENICAM_GENTL64_PATH names {count} place(s) without a GenTL producer: {entries}.</source>
        <translation>GENICAM_GENTL64_PATH désigne {count} emplacement(s) sans producteur GenTL : {entries}.</translation>
    </message>
    <message>
        <source>Camera programs look for producers (.cti files) only there. Remove the entries that no longer exist, or reinstall the camera software that put them there; then log in again and scan again.</source>
        <translation>Les logiciels de caméra ne cherchent les producteurs (fichiers .cti) que là. Retirez les entrées qui n&apos;existent plus, ou réinstallez le logiciel de caméra qui les a ajoutées ; puis reconnectez-vous à la session et relancez la recherche.</translation>
    </message>
    <message>
        <source>The Pixelink SDK says the link to the camera is too slow ({answer}).</source>
        <translation>Le SDK Pixelink indique que la liaison avec la caméra est trop lente ({answer}).</translation>
    </message>
    <message>
        <source>Connect the camera the way it needs: a USB 3 camera to a USB 3 port directly with its own cable, a GigE camera to a Gigabit card and switch. Then scan again; the camera is not broken.</source>
        <translation>Branchez la caméra comme elle le demande : une caméra USB 3 directement sur un port USB 3 avec son propre câble, une caméra GigE sur une carte et un commutateur Gigabit. Puis relancez la recherche ; la caméra n&apos;est pas en panne.</translation>
    </message>
    <message>
        <source>The Pixelink SDK runs the camera at reduced speed ({answer}).</source>
        <translation>Le SDK Pixelink fait fonctionner la caméra à vitesse réduite ({answer}).</translation>
    </message>
    <message>
        <source>The link or the computer cannot carry the camera&apos;s full rate: use a USB 3 port or Gigabit card of its own, lower the frame rate or the image size, then test again.</source>
        <translation>La liaison ou l&apos;ordinateur ne suit pas le débit complet de la caméra : utilisez un port USB 3 ou une carte Gigabit dédiés, baissez la cadence ou la taille d&apos;image, puis refaites l&apos;essai.</translation>
    </message>
    <message>
        <source>The Pixelink SDK suspects a firewall blocks the camera ({answer}).</source>
        <translation>Le SDK Pixelink soupçonne qu&apos;un pare-feu bloque la caméra ({answer}).</translation>
    </message>
    <message>
        <source>Allow Pixelink Capture and your camera program in the firewall (Windows: Windows Defender Firewall &gt; Allow an app), or allow UDP traffic on the camera&apos;s network card, then scan again.</source>
        <translation>Autorisez Pixelink Capture et votre logiciel de caméra dans le pare-feu (Windows : Pare-feu Windows Defender &gt; Autoriser une application), ou autorisez le trafic UDP sur la carte réseau de la caméra, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>{hint}</source>
        <translation>{hint}</translation>
    </message>
    <message>
        <source>Close the other program and run this again to include the camera&apos;s configuration.</source>
        <translation>Fermez l&apos;autre programme et recommencez pour inclure la configuration de la caméra.</translation>
    </message>
    <message>
        <source>No configuration can be read from this kind of camera connection.</source>
        <translation>Aucune configuration ne peut être lue sur ce type de connexion de caméra.</translation>
    </message>
    <message>
        <source>The time for this camera ran out after {count} features; the rest were not read.</source>
        <translation>Le temps prévu pour cette caméra s&apos;est écoulé après {count} paramètres ; les autres n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>Give each camera more time (setting cameras.snapshot_budget_s) and run this again.</source>
        <translation>Accordez plus de temps à chaque caméra (réglage cameras.snapshot_budget_s) et recommencez.</translation>
    </message>
    <message>
        <source>A scan interrupted the reading after {count} features; the rest were not read.</source>
        <translation>Une recherche a interrompu la lecture après {count} paramètres ; les autres n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>The configuration is read again after the scan.</source>
        <translation>La configuration est relue après la recherche.</translation>
    </message>
    <message>
        <source>The time for this camera ran out before it could be opened.</source>
        <translation>Le temps prévu pour cette caméra s&apos;est écoulé avant qu&apos;elle puisse être ouverte.</translation>
    </message>
    <message>
        <source>In use by another program; its configuration was not read, so as not to disturb it.</source>
        <translation>Utilisée par un autre programme ; sa configuration n&apos;a pas été lue, pour ne pas la perturber.</translation>
    </message>
    <message>
        <source>The camera refused to be read ({why}): another program has it open for exclusive access.</source>
        <translation>La caméra a refusé d&apos;être lue ({why}) : un autre programme l&apos;a ouverte en accès exclusif.</translation>
    </message>
    <message>
        <source>The camera is no longer listed by its GenTL producer.</source>
        <translation>La caméra n&apos;est plus listée par son producteur GenTL.</translation>
    </message>
    <message>
        <source>Scan again.</source>
        <translation>Relancez la recherche.</translation>
    </message>
    <message>
        <source>The camera could not be opened ({error}); another program may be using it.</source>
        <translation>La caméra n&apos;a pas pu être ouverte ({error}) ; un autre programme l&apos;utilise peut-être.</translation>
    </message>
    <message>
        <source>The camera&apos;s IP address is not known; it cannot be read.</source>
        <translation>L&apos;adresse IP de la caméra est inconnue ; elle ne peut pas être lue.</translation>
    </message>
    <message>
        <source>This computer cannot reach the camera at {ip} ({error}).</source>
        <translation>Cet ordinateur ne peut pas joindre la caméra à l&apos;adresse {ip} ({error}).</translation>
    </message>
    <message>
        <source>Put the camera on the network of the card it is cabled to (see the check findings).</source>
        <translation>Placez la caméra sur le réseau de la carte à laquelle elle est reliée (voir les constats de la vérification).</translation>
    </message>
    <message>
        <source>The camera has no USB3 Vision control interface.</source>
        <translation>La caméra n&apos;a pas d&apos;interface de contrôle USB3 Vision.</translation>
    </message>
    <message>
        <source>The camera has no usable control endpoints.</source>
        <translation>La caméra n&apos;a pas de points de terminaison de contrôle utilisables.</translation>
    </message>
    <message>
        <source>The camera stopped answering ({error}); what was read so far is kept.</source>
        <translation>La caméra a cessé de répondre ({error}) ; ce qui a déjà été lu est conservé.</translation>
    </message>
    <message>
        <source>The camera refused a read ({status}); what was read is kept.</source>
        <translation>La caméra a refusé une lecture ({status}) ; ce qui a été lu est conservé.</translation>
    </message>
    <message>
        <source>The camera&apos;s configuration could not be read ({error}).</source>
        <translation>La configuration de la caméra n&apos;a pas pu être lue ({error}).</translation>
    </message>
    <message>
        <source>The camera names no place for its GenICam XML.</source>
        <translation>La caméra n&apos;indique aucun emplacement pour son XML GenICam.</translation>
    </message>
    <message>
        <source>The camera&apos;s GenICam XML could not be read ({error}).</source>
        <translation>Le XML GenICam de la caméra n&apos;a pas pu être lu ({error}).</translation>
    </message>
    <message>
        <source>The camera&apos;s GenICam XML is on a web site ({url}); it was not downloaded.</source>
        <translation>Le XML GenICam de la caméra est sur un site web ({url}) ; il n&apos;a pas été téléchargé.</translation>
    </message>
    <message>
        <source>The camera&apos;s GenICam XML could not be used ({error}).</source>
        <translation>Le XML GenICam de la caméra n&apos;a pas pu être utilisé ({error}).</translation>
    </message>
    <message>
        <source>The XML&apos;s SHA1 ({sha1}) differs from the one in the camera&apos;s manifest ({expected}): the file in the camera may be damaged.</source>
        <translation>Le SHA1 du XML ({sha1}) diffère de celui du manifeste de la caméra ({expected}) : le fichier dans la caméra est peut-être endommagé.</translation>
    </message>
    <message>
        <source>The USB library (libusb) could not be loaded.</source>
        <translation>La bibliothèque USB (libusb) n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>The camera is no longer on the USB bus where the scan found it.</source>
        <translation>La caméra n&apos;est plus sur le bus USB où la recherche l&apos;avait trouvée.</translation>
    </message>
    <message>
        <source>The Pixelink SDK is not available: {error}.</source>
        <translation>Le SDK Pixelink n&apos;est pas disponible : {error}.</translation>
    </message>
    <message>
        <source>The camera&apos;s serial number is not one the Pixelink SDK can open.</source>
        <translation>Le numéro de série de la caméra n&apos;est pas de ceux que le SDK Pixelink peut ouvrir.</translation>
    </message>
    <message>
        <source>The Pixelink SDK could not open the camera (code {rc}).</source>
        <translation>Le SDK Pixelink n&apos;a pas pu ouvrir la caméra (code {rc}).</translation>
    </message>
    <message>
        <source>The Pixelink SDK could not describe the camera&apos;s features (code {rc}).</source>
        <translation>Le SDK Pixelink n&apos;a pas pu décrire les paramètres de la caméra (code {rc}).</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>The support ticket number comes with the confirmation e-mail; it is not the RMA number. An RMA number appears only once support has decided the camera must come back.</source>
        <translation>Le numéro de ticket de support arrive avec l’e-mail de confirmation ; ce n’est pas le numéro RMA. Un numéro RMA n’apparaît que lorsque le support a décidé que la caméra doit être renvoyée.</translation>
    </message>
    <message>
        <source>No requests yet. The request you write on the Request page shows here: as a draft while you write it, then waiting to be sent, then with its support ticket number.</source>
        <translation>Aucune demande pour l’instant. La demande que vous rédigez dans la page Demande s’affiche ici : comme brouillon pendant la rédaction, puis en attente d’envoi, puis avec son numéro de ticket support.</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Ask about this request…</source>
        <translation>Se renseigner sur cette demande…</translation>
    </message>
    <message>
        <source>Open dealer package</source>
        <translation>Ouvrir le dossier revendeur</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Actualiser l’état</translation>
    </message>
    <message>
        <source>This request may have been sent: look for it in your Sent folder (or for support&apos;s autoreply), then say what you found.</source>
        <translation>Cette demande a peut-être été envoyée : cherchez-la dans vos éléments envoyés (ou la réponse automatique du support), puis dites ce que vous avez trouvé.</translation>
    </message>
    <message>
        <source>It was not sent: send &amp;again</source>
        <translation>Elle n’est pas partie : &amp;renvoyer</translation>
    </message>
    <message>
        <source>It was sent: &amp;mark as sent</source>
        <translation>Elle est partie : &amp;marquer comme envoyée</translation>
    </message>
    <message>
        <source>Sent. Support filed your request as ticket #{ticket} (this is not an RMA number).</source>
        <translation>Envoyée. Le support a enregistré votre demande sous le ticket n° {ticket} (ce n’est pas un numéro RMA).</translation>
    </message>
    <message>
        <source>Requests wait in the outbox: {problem}</source>
        <translation>Les demandes attendent dans la boîte d’envoi : {problem}</translation>
    </message>
    <message>
        <source>Being sent now.</source>
        <translation>Envoi en cours.</translation>
    </message>
    <message>
        <source>Send every request waiting in the outbox now.</source>
        <translation>Envoyer maintenant toutes les demandes en attente dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent: requests you submit wait here.</source>
        <translation>Rien n’attend d’être envoyé : les demandes que vous soumettez attendent ici.</translation>
    </message>
    <message>
        <source>&amp;Edit again</source>
        <translation>&amp;Modifier à nouveau</translation>
    </message>
    <message>
        <source>Take this request back from the outbox into drafts, to change it before it is sent.</source>
        <translation>Reprendre cette demande de la boîte d’envoi dans les brouillons, pour la modifier avant son envoi.</translation>
    </message>
    <message>
        <source>Select a request in the list first.</source>
        <translation>Sélectionnez d’abord une demande dans la liste.</translation>
    </message>
    <message>
        <source>Only a request waiting to be sent or needing attention is tried again.</source>
        <translation>Seule une demande en attente d’envoi ou à traiter peut être réessayée.</translation>
    </message>
    <message>
        <source>Only drafts and requests needing attention can be deleted.</source>
        <translation>Seuls les brouillons et les demandes à traiter peuvent être supprimés.</translation>
    </message>
    <message>
        <source>Only a request support has filed as a ticket can be asked about.</source>
        <translation>On ne peut se renseigner que sur une demande enregistrée par le support comme ticket.</translation>
    </message>
    <message>
        <source>Only a request made into a dealer package has one.</source>
        <translation>Seule une demande transformée en dossier revendeur en a un.</translation>
    </message>
    <message>
        <source>Sent requests cannot be changed; drafts and waiting requests can.</source>
        <translation>Une demande envoyée ne peut plus être modifiée ; les brouillons et les demandes en attente, si.</translation>
    </message>
    <message>
        <source>Marked as sent by e-mail (no tracking): it will not be sent again.</source>
        <translation>Marquée comme envoyée par e-mail (sans suivi) : elle ne sera pas renvoyée.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>the support server did not accept the stored access token (it may have expired or been revoked): open Settings, store a new token and save.</source>
        <translation>le serveur du support n’a pas accepté le jeton d’accès enregistré (il a peut-être expiré ou été révoqué) : ouvrez les Paramètres, rangez un nouveau jeton et enregistrez.</translation>
    </message>
    <message>
        <source>they go out once the support server is set up: open Settings, enter its address and your access token, and save.</source>
        <translation>elles partiront une fois le serveur du support configuré : ouvrez les Paramètres, saisissez son adresse et votre jeton d’accès, puis enregistrez.</translation>
    </message>
</context>
<context>
    <name>OutboxTable</name>
    <message>
        <source>your e-mail address as the requester</source>
        <translation>votre adresse électronique comme demandeur</translation>
    </message>
    <message>
        <source>the file {name}</source>
        <translation>le fichier {name}</translation>
    </message>
    <message>
        <source>the field “{name}”</source>
        <translation>le champ « {name} »</translation>
    </message>
    <message>
        <source>The server did not keep: {fields}.</source>
        <translation>Le serveur n’a pas gardé : {fields}.</translation>
    </message>
    <message>
        <source>Package ready for your dealer</source>
        <translation>Dossier prêt pour votre revendeur</translation>
    </message>
    <message>
        <source>Draft — not sent</source>
        <translation>Brouillon — non envoyé</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Waiting to be sent (will retry)</source>
        <translation>En attente d’envoi (nouvel essai prévu)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Demande votre attention</translation>
    </message>
    <message>
        <source>Received: support ticket created</source>
        <translation>Reçue : ticket de support créé</translation>
    </message>
    <message>
        <source>Sent by e-mail (no tracking)</source>
        <translation>Envoyée par e-mail (sans suivi)</translation>
    </message>
    <message>
        <source>Support is reviewing the problem</source>
        <translation>Le support examine le problème</translation>
    </message>
    <message>
        <source>Support proposes a fix you can apply yourself</source>
        <translation>Le support propose une solution à appliquer vous-même</translation>
    </message>
    <message>
        <source>RMA issued: return the camera as the RMA e-mail says</source>
        <translation>RMA émis : renvoyez la caméra comme l’indique l’e-mail RMA</translation>
    </message>
    <message>
        <source>Repair quote pending (20 to 30 business days)</source>
        <translation>Devis de réparation en attente (20 à 30 jours ouvrés)</translation>
    </message>
    <message>
        <source>Repaired and shipped back</source>
        <translation>Réparée et renvoyée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Send the package in {folder} to your dealer.</source>
        <translation>Envoyez le dossier {folder} à votre revendeur.</translation>
    </message>
    <message>
        <source>Last try: {error}</source>
        <translation>Dernier essai : {error}</translation>
    </message>
    <message>
        <source>Goes out by itself as soon as the support server can be reached.</source>
        <translation>Part d’elle-même dès que le serveur du support est joignable.</translation>
    </message>
    <message>
        <source>Finish the request and submit it.</source>
        <translation>Terminez la demande et envoyez-la.</translation>
    </message>
    <message>
        <source>Ship the camera with the RMA number on the parcel.</source>
        <translation>Expédiez la caméra avec le numéro RMA sur le colis.</translation>
    </message>
    <message>
        <source>Support answers by e-mail; the RMA number appears here once issued.</source>
        <translation>Le support répond par e-mail ; le numéro RMA apparaît ici une fois émis.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Support ticket #</source>
        <translation>Ticket de support n°</translation>
    </message>
    <message>
        <source>RMA #</source>
        <translation>RMA n°</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>The support ticket number from the confirmation e-mail. It is not the RMA number.</source>
        <translation>Le numéro de ticket de support de l’e-mail de confirmation. Ce n’est pas le numéro RMA.</translation>
    </message>
    <message>
        <source>The return authorization number, once support issues one. It is not the ticket number.</source>
        <translation>Le numéro d’autorisation de retour, une fois émis par le support. Ce n’est pas le numéro de ticket.</translation>
    </message>
    <message>
        <source>(untitled request)</source>
        <translation>(demande sans titre)</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Write to support about this request…</source>
        <translation>Écrivez au support à propos de cette demande…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Attach a fresh support bundle</source>
        <translation>Joindre un nouveau dossier de diagnostic</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Try again and report</source>
        <translation>Réessayer et rendre compte</translation>
    </message>
    <message>
        <source>Scan and check again, see what changed since the request (cameras, link speeds, findings) and send that comparison to support with the new findings attached.</source>
        <translation>Relancer la recherche et les vérifications, voir ce qui a changé depuis la demande (caméras, débits de liaison, constats) et envoyer cette comparaison au support avec les nouveaux constats en pièce jointe.</translation>
    </message>
    <message>
        <source>Attach files to the reply</source>
        <translation>Joindre des fichiers à la réponse</translation>
    </message>
    <message>
        <source>Write what you want to tell support first.</source>
        <translation>Écrivez d’abord ce que vous voulez dire au support.</translation>
    </message>
    <message>
        <source>Scanning and checking again…</source>
        <translation>Nouvelle recherche et vérifications…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Reply added to ticket #{ticket}.</source>
        <translation>Réponse ajoutée au ticket n° {ticket}.</translation>
    </message>
    <message>
        <source>The reply was not sent: {problem}</source>
        <translation>La réponse n’a pas été envoyée : {problem}</translation>
    </message>
    <message>
        <source>The reply waits in the outbox and goes out when the server can be reached.</source>
        <translation>La réponse attend dans la boîte d’envoi et part dès que le serveur est joignable.</translation>
    </message>
</context>
<context>
    <name>ReplyNotifier</name>
    <message>
        <source>{page} ({n})</source>
        <translation>{page} ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) from support not read yet</source>
        <translation>
            <numerusform>%n réponse du support non lue</numerusform>
            <numerusform>%n réponses du support non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Support replied: {request}</source>
        <translation>Réponse du support : {request}</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <source>Copy ticket number</source>
        <translation>Copier le numéro de ticket</translation>
    </message>
    <message>
        <source>Open the package folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Support ticket #{ticket}</source>
        <translation>Ticket de support nº {ticket}</translation>
    </message>
    <message>
        <source>Open the ticket on the support site</source>
        <translation>Ouvrir le ticket sur le site du support</translation>
    </message>
    <message>
        <source>Package ready for your dealer: {folder}</source>
        <translation>Dossier prêt pour votre revendeur : {folder}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Re&amp;view what will be sent…</source>
        <translation>&amp;Vérifier ce qui sera envoyé…</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Your contact details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Where a repaired or replaced camera goes back to</source>
        <translation>Où renvoyer une caméra réparée ou remplacée</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <source>Purchase and warranty</source>
        <translation>Achat et garantie</translation>
    </message>
    <message>
        <source>Directly from the camera vendor</source>
        <translation>Directement auprès du fabricant</translation>
    </message>
    <message>
        <source>From a dealer</source>
        <translation>Chez un revendeur</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Achetée</translation>
    </message>
    <message>
        <source>Bought from a dealer: the vendor asks you to contact your dealer, so nothing is sent to the vendor. The app makes a dealer package instead: the report, the evidence and a ready e-mail.</source>
        <translation>Achetée chez un revendeur : le fabricant vous demande de contacter votre revendeur, donc rien n’est envoyé au fabricant. L’application prépare à la place un dossier pour le revendeur : le rapport, les pièces jointes et un e-mail prêt à envoyer.</translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Dealer&apos;s e-mail</source>
        <translation>E-mail du revendeur</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>under warranty</source>
        <translation>sous garantie</translation>
    </message>
    <message>
        <source>out of warranty</source>
        <translation>hors garantie</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>je ne sais pas</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Cameras and what is wrong with each</source>
        <translation>Caméras et problème de chacune</translation>
    </message>
    <message>
        <source>Add cameras from the scan</source>
        <translation>Ajouter les caméras trouvées</translation>
    </message>
    <message>
        <source>Add a camera by hand</source>
        <translation>Ajouter une caméra à la main</translation>
    </message>
    <message>
        <source>without a serial number</source>
        <translation>sans numéro de série</translation>
    </message>
    <message>
        <source>Camera {camera} removed from the request.</source>
        <translation>Caméra {camera} retirée de la demande.</translation>
    </message>
    <message>
        <source>Add the cameras of the latest scan that are not in the request yet</source>
        <translation>Ajouter les caméras de la dernière recherche qui ne sont pas encore dans la demande</translation>
    </message>
    <message>
        <source>Every camera of the latest scan is already in the request.</source>
        <translation>Toutes les caméras de la dernière recherche sont déjà dans la demande.</translation>
    </message>
    <message>
        <source>The scan found only demo cameras, which cannot go into a real request.</source>
        <translation>La recherche n’a trouvé que des caméras de démonstration, qui ne peuvent pas figurer dans une vraie demande.</translation>
    </message>
    <message>
        <source>No camera scanned yet: scan on the Cameras page, or add one by hand.</source>
        <translation>Aucune caméra recherchée pour l’instant : lancez la recherche dans la page Caméras, ou ajoutez-en une à la main.</translation>
    </message>
    <message>
        <source>Files and notes</source>
        <translation>Fichiers et remarques</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Capture screenshot</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <source>Hides this window for a moment and captures the screen, e.g. an error message</source>
        <translation>Masque cette fenêtre un instant et capture l’écran, p. ex. un message d’erreur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No files attached. Drop screenshots or logs here, or use Add files…</source>
        <translation>Aucun fichier joint. Déposez ici des captures d’écran ou des journaux, ou utilisez Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Attached files
(drop files here)</source>
        <translation>Fichiers joints
(déposez-les ici)</translation>
    </message>
    <message>
        <source>Anything else support should know</source>
        <translation>Tout ce que le support devrait savoir d’autre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Remove the selected files from the request</source>
        <translation>Retirer de la demande les fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Select the files to remove first.</source>
        <translation>Sélectionnez d’abord les fichiers à retirer.</translation>
    </message>
    <message>
        <source>No files attached: nothing to remove.</source>
        <translation>Aucun fichier joint : rien à retirer.</translation>
    </message>
    <message>
        <source>Draft {id}</source>
        <translation>Brouillon {id}</translation>
    </message>
    <message>
        <source>Collecting the system report…</source>
        <translation>Collecte du rapport système…</translation>
    </message>
    <message>
        <source>{summary} — goes with the request, with {n} more details.</source>
        <translation>{summary} — joint à la demande, avec {n} autres détails.</translation>
    </message>
    <message>
        <source>One box per camera: say what happens with each.</source>
        <translation>Un cadre par caméra : décrivez ce qui se passe avec chacune.</translation>
    </message>
    <message>
        <source>The scan found only demo cameras, which cannot go into a real request. Add your camera by hand (its serial number is on the bottom of the camera).</source>
        <translation>La recherche n’a trouvé que des caméras de démonstration, qui ne peuvent pas figurer dans une vraie demande. Ajoutez votre caméra à la main (son numéro de série est sous la caméra).</translation>
    </message>
    <message>
        <source>Scan for cameras, or add a camera by hand.</source>
        <translation>Recherchez les caméras, ou ajoutez une caméra à la main.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Make &amp;dealer package…</source>
        <translation>Préparer le dossier &amp;revendeur…</translation>
    </message>
    <message>
        <source>Complete: ready to submit.</source>
        <translation>Complète : prête à être envoyée.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still to fill in before it can be sent (each is said when you leave its field).</source>
        <translation>
            <numerusform>%n point à compléter avant l’envoi (indiqué quand vous quittez son champ).</numerusform>
            <numerusform>%n points à compléter avant l’envoi (chacun est indiqué quand vous quittez son champ).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before it can be sent (shown next to each field).</source>
        <translation>
            <numerusform>%n point à corriger avant l’envoi (indiqué à côté du champ).</numerusform>
            <numerusform>%n points à corriger avant l’envoi (indiqués à côté de chaque champ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Brouillon enregistré à {time}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>Enregistrement du brouillon</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere meanwhile.</source>
        <translation>Non enregistré : modifié ailleurs entre-temps.</translation>
    </message>
    <message>
        <source>Draft changed elsewhere</source>
        <translation>Brouillon modifié ailleurs</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Load the other version</source>
        <translation>Charger l’autre version</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>The screen could not be captured here.</source>
        <translation>L’écran n’a pas pu être capturé ici.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent yet: fix the %n thing(s) shown next to the fields first.</source>
        <translation>
            <numerusform>Pas encore envoyée : corrigez d’abord le point indiqué à côté du champ.</numerusform>
            <numerusform>Pas encore envoyée : corrigez d’abord les %n points indiqués à côté des champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Package ready for your dealer: {folder}</source>
        <translation>Dossier prêt pour votre revendeur : {folder}</translation>
    </message>
    <message>
        <source>Dealer package ready</source>
        <translation>Dossier revendeur prêt</translation>
    </message>
    <message>
        <source>The dealer package is in {folder}</source>
        <translation>Le dossier revendeur se trouve dans {folder}</translation>
    </message>
    <message>
        <source>Nothing was sent to the vendor. Open the e-mail in the package (message-to-dealer.eml), check it and send it to your dealer, or forward the zip file.</source>
        <translation>Rien n’a été envoyé au fabricant. Ouvrez l’e-mail du dossier (message-to-dealer.eml), vérifiez-le et envoyez-le à votre revendeur, ou transmettez-lui le fichier zip.</translation>
    </message>
    <message>
        <source>Not sent: another open request already names this camera.</source>
        <translation>Non envoyée : une autre demande ouverte mentionne déjà cette caméra.</translation>
    </message>
    <message>
        <source>Submitting the request</source>
        <translation>Envoi de la demande</translation>
    </message>
    <message>
        <source>Already in {count} other open request(s): {serials}. Support asks for one report per camera — &lt;a href=&quot;#duplicates&quot;&gt;see which&lt;/a&gt;.</source>
        <translation>Déjà dans {count} autre(s) demande(s) ouverte(s) : {serials}. Le support demande un seul rapport par caméra — &lt;a href=&quot;#duplicates&quot;&gt;voir lesquelles&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>support bundle (zip)</source>
        <translation>dossier pour le support (zip)</translation>
    </message>
    <message>
        <source>camera identity, machine-readable</source>
        <translation>identité des caméras, lisible par machine</translation>
    </message>
    <message>
        <source>the camera scan: records and warnings</source>
        <translation>la recherche de caméras : fiches et avertissements</translation>
    </message>
    <message>
        <source>remote-fix checks</source>
        <translation>vérifications de dépannage à distance</translation>
    </message>
    <message>
        <source>system report</source>
        <translation>rapport système</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>cette page</translation>
    </message>
    <message>
        <source>the list of files</source>
        <translation>la liste des fichiers</translation>
    </message>
    <message>
        <source>redacted: {items}</source>
        <translation>masqué : {items}</translation>
    </message>
    <message>
        <source>not redacted (binary)</source>
        <translation>non masqué (binaire)</translation>
    </message>
    <message>
        <source>newest {kept} of {size}</source>
        <translation>les {kept} les plus récents sur {size}</translation>
    </message>
    <message>
        <source>Review what will be sent</source>
        <translation>Vérifier ce qui sera envoyé</translation>
    </message>
    <message>
        <source>This is exactly what goes to support with your request: the ticket text below and these files. Nothing else leaves this computer.</source>
        <translation>Voici exactement ce qui part au support avec votre demande : le texte du ticket ci-dessous et ces fichiers. Rien d’autre ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>What was done to it</source>
        <translation>Traitement appliqué</translation>
    </message>
    <message>
        <source>Collecting the system report and the logs…</source>
        <translation>Collecte du rapport système et des journaux…</translation>
    </message>
    <message>
        <source>Removed before sending: {items}.</source>
        <translation>Retiré avant l’envoi : {items}.</translation>
    </message>
    <message>
        <source>Nothing needed redacting.</source>
        <translation>Rien n’avait besoin d’être masqué.</translation>
    </message>
    <message>
        <source>Left out: {items}.</source>
        <translation>Laissé de côté : {items}.</translation>
    </message>
    <message>
        <source>This very file is sent when you submit; its SHA-256 (in the request&apos;s history too): {sha}</source>
        <translation>C’est ce fichier même qui est envoyé quand vous soumettez la demande ; son SHA-256 (noté aussi dans l’historique de la demande) : {sha}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Request Tracker (the vendor&apos;s support system)</source>
        <translation>Request Tracker (le système de support du fabricant)</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <source>only for a company certificate authority (PEM file)</source>
        <translation>uniquement pour une autorité de certification d’entreprise (fichier PEM)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Support queue</source>
        <translation>File du support</translation>
    </message>
    <message>
        <source>RMA queue</source>
        <translation>File RMA</translation>
    </message>
    <message>
        <source>Field for serial numbers</source>
        <translation>Champ des numéros de série</translation>
    </message>
    <message>
        <source>Field for the camera model</source>
        <translation>Champ du modèle de caméra</translation>
    </message>
    <message>
        <source>Field for the firmware</source>
        <translation>Champ du firmware</translation>
    </message>
    <message>
        <source>Field for the submission ID</source>
        <translation>Champ de l’identifiant d’envoi</translation>
    </message>
    <message>
        <source>Extra certificate authority</source>
        <translation>Autorité de certification supplémentaire</translation>
    </message>
    <message>
        <source>Support e-mail (for inquiries)</source>
        <translation>E-mail du support (pour les demandes de suivi)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS (SSL)</source>
        <translation>TLS (SSL)</translation>
    </message>
    <message>
        <source>none (local relay)</source>
        <translation>aucune (relais local)</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Support address (to)</source>
        <translation>Adresse du support (destinataire)</translation>
    </message>
    <message>
        <source>Your address (from)</source>
        <translation>Votre adresse (expéditeur)</translation>
    </message>
    <message>
        <source>Store in keyring</source>
        <translation>Ranger dans le trousseau</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Send requests with</source>
        <translation>Envoyer les demandes par</translation>
    </message>
    <message>
        <source>What the server keeps could not be read: {problem}</source>
        <translation>Impossible de lire ce que le serveur garde : {problem}</translation>
    </message>
    <message>
        <source>The server did not show this account the {queue} queue.</source>
        <translation>Le serveur n’a pas montré la file {queue} à ce compte.</translation>
    </message>
    <message>
        <source>The server keeps several values in: {fields}.</source>
        <translation>Le serveur garde plusieurs valeurs dans : {fields}.</translation>
    </message>
    <message>
        <source>It keeps one value in: {fields} (the cameras&apos; values are joined into it).</source>
        <translation>Il ne garde qu’une valeur dans : {fields} (les valeurs des caméras y sont réunies).</translation>
    </message>
    <message>
        <source>Its support address: {address}.</source>
        <translation>Son adresse de support : {address}.</translation>
    </message>
    <message>
        <source>Learned from the server on {when}.</source>
        <translation>Appris du serveur le {when}.</translation>
    </message>
    <message>
        <source>Your contact details (filled into every new request)</source>
        <translation>Vos coordonnées (reprises dans chaque nouvelle demande)</translation>
    </message>
    <message>
        <source>only if you buy your cameras from a dealer</source>
        <translation>seulement si vous achetez vos caméras chez un revendeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <source>Your dealer</source>
        <translation>Votre revendeur</translation>
    </message>
    <message>
        <source>Dealer&apos;s e-mail</source>
        <translation>E-mail du revendeur</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Scan for cameras when the app starts</source>
        <translation>Rechercher les caméras au démarrage</translation>
    </message>
    <message>
        <source>Scan again when a USB camera is plugged in or out</source>
        <translation>Rechercher à nouveau quand une caméra USB est branchée ou débranchée</translation>
    </message>
    <message>
        <source>Search the network for GigE Vision cameras (a scan then takes a second)</source>
        <translation>Rechercher les caméras GigE Vision sur le réseau (une recherche prend alors une seconde)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>Always show the three demo cameras</source>
        <translation>Toujours afficher les trois caméras de démonstration</translation>
    </message>
    <message>
        <source>Only when no real camera is found</source>
        <translation>Seulement si aucune vraie caméra n’est trouvée</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Demo cameras</source>
        <translation>Caméras de démonstration</translation>
    </message>
    <message>
        <source>GenTL producer folders</source>
        <translation>Dossiers des producteurs GenTL</translation>
    </message>
    <message>
        <source>Give up on a probe after</source>
        <translation>Abandonner une sonde après</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Collect system logs from the last</source>
        <translation>Collecter les journaux système des dernières</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Remove the selected folder from the list</source>
        <translation>Retirer de la liste le dossier sélectionné</translation>
    </message>
    <message>
        <source>Select a folder in the list first.</source>
        <translation>Sélectionnez d’abord un dossier dans la liste.</translation>
    </message>
    <message>
        <source>No folder added: the app looks where GENICAM_GENTL64_PATH points.</source>
        <translation>Aucun dossier ajouté : l’application cherche là où pointe GENICAM_GENTL64_PATH.</translation>
    </message>
    <message>
        <source>This run was started with --demo: the demo cameras are shown whatever is chosen here.</source>
        <translation>Cette session a été lancée avec --demo : les caméras de démonstration sont affichées quel que soit le choix ici.</translation>
    </message>
    <message>
        <source>This run was started with --demo-if-none: the demo cameras are shown when no real camera is found, whatever is chosen here.</source>
        <translation>Cette session a été lancée avec --demo-if-none : les caméras de démonstration sont affichées si aucune vraie caméra n’est trouvée, quel que soit le choix ici.</translation>
    </message>
    <message>
        <source>This run was started without demo cameras: the choice here applies from the next start.</source>
        <translation>Cette session a été lancée sans caméras de démonstration : le choix fait ici s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>Enregistrement des paramètres</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Folder with GenTL producers (.cti)</source>
        <translation>Dossier des producteurs GenTL (.cti)</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>Mot de passe de messagerie</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>paste the password here</source>
        <translation>collez le mot de passe ici</translation>
    </message>
    <message>
        <source>paste the token support gave you here</source>
        <translation>collez ici le jeton fourni par le support</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Saisissez d’abord l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Stored in {place}. It is never shown again.</source>
        <translation>Rangé ici : {place}. Il n’est plus jamais affiché.</translation>
    </message>
    <message>
        <source>Nothing stored yet.</source>
        <translation>Rien n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Paste the secret first.</source>
        <translation>Collez d’abord le secret.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
</TS>
