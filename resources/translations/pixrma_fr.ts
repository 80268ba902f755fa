<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppStatusBar</name>
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
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
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
        <source>Saving the cameras added by hand</source>
        <translation>Enregistrement des caméras ajoutées à la main</translation>
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
        <source>The request form appears here.</source>
        <translation>Le formulaire de demande apparaît ici.</translation>
    </message>
    <message>
        <source>Your requests and tickets appear here.</source>
        <translation>Vos demandes et tickets apparaissent ici.</translation>
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
        <source>Cameras</source>
        <translation>Caméras</translation>
    </message>
    <message>
        <source>Scan for cameras when the app starts</source>
        <translation>Rechercher les caméras au démarrage</translation>
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
        <source>Stored in the system keyring (it is never shown again).</source>
        <translation>Rangé dans le trousseau du système (il n’est plus jamais affiché).</translation>
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
</TS>
