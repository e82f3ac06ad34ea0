<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Fax</name>
    <message>
        <location filename="../engine/core/connectionsettings.cpp" line="+36"/>
        <source>&apos;%1&apos; is not a server: use &apos;local&apos; or hylafax://USER@HOST[:PORT]</source>
        <translation>« %1 » n&apos;est pas un serveur : utilisez « local » ou hylafax://UTILISATEUR@HÔTE[:PORT]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos;: port %2 is out of range</source>
        <translation>« %1 » : le port %2 est hors limites</translation>
    </message>
    <message>
        <location filename="../engine/core/dialingrules.cpp" line="+14"/>
        <source>The fax number &apos;%1&apos; cannot be dialled: %2</source>
        <translation>Impossible de composer le numéro de télécopie « %1 » : %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the number is empty</source>
        <translation>le numéro est vide</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;+&apos; may only stand at the start</source>
        <translation>« + » ne peut figurer qu&apos;au début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has the letter &apos;%1&apos; (write the digits the letters stand for)</source>
        <translation>il contient la lettre « %1 » (saisissez les chiffres correspondant aux lettres)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has the character &apos;%1&apos;</source>
        <translation>il contient le caractère « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no digits</source>
        <translation>il ne contient aucun chiffre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has only a country code</source>
        <translation>il ne contient qu&apos;un indicatif de pays</translation>
    </message>
    <message>
        <location filename="../engine/core/faxtypes.cpp" line="+31"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../models/listfilter.cpp" line="+39"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/listfilter.cpp" line="+2"/>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No line</source>
        <translation>Aucune ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries exceeded</source>
        <translation>Nombre de tentatives dépassé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <source>Initializing</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>Dialing</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <location filename="../engine/core/settingsschema.cpp" line="+394"/>
        <location line="+16"/>
        <location line="+13"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <location filename="../engine/core/settingsschema.cpp" line="-27"/>
        <location line="+28"/>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dial tone</source>
        <translation>Pas de tonalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad address</source>
        <translation>Adresse incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatal error</source>
        <translation>Erreur irrécupérable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a fax call</source>
        <translation>Pas un appel de télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call delayed</source>
        <translation>Appel différé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborting</source>
        <translation>Abandon en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page outcome unknown</source>
        <translation>Résultat de la page inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/core/settingsschema.cpp" line="-38"/>
        <source>Discount period</source>
        <translation>Tarif réduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific time</source>
        <translation>Heure précise</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Hors connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Class 1</source>
        <translation>Class 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 2</source>
        <translation>Class 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class 2.0</source>
        <translation>Class 2.0</translation>
    </message>
    <message>
        <location filename="../engine/core/jobrules.cpp" line="+49"/>
        <source>Cannot %1 job %2: it is %3</source>
        <translation>Action « %1 » impossible pour la tâche %2 : son état est « %3 »</translation>
    </message>
    <message>
        <location filename="../engine/core/settingskeys.cpp" line="+21"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (used only when %2=%3)</source>
        <translation>%1 (utilisé uniquement lorsque %2=%3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>setting &apos;%1&apos; is read-only</source>
        <translation>le paramètre « %1 » est en lecture seule</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown setting &apos;%1&apos; (known settings: %2)</source>
        <translation>paramètre inconnu « %1 » (paramètres connus : %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>port &apos;%1&apos;: </source>
        <translation>port « %1 » : </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&apos;%1&apos; is not KEY=VALUE (there is no &apos;=&apos;)</source>
        <translation>« %1 » n&apos;est pas de la forme CLÉ=VALEUR (il n&apos;y a pas de « = »)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not KEY=VALUE (the key is missing)</source>
        <translation>« %1 » n&apos;est pas de la forme CLÉ=VALEUR (la clé est absente)</translation>
    </message>
    <message>
        <location filename="../engine/core/settingspec.cpp" line="+43"/>
        <source>the value has a line break</source>
        <translation>la valeur contient un saut de ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value is empty</source>
        <translation>la valeur est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+203"/>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>« %1 » ne fait pas partie des choix possibles</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>&apos;%1&apos; is longer than 20 characters</source>
        <translation>« %1 » dépasse 20 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>&apos;%1&apos; has the character &apos;%2&apos;</source>
        <translation>« %1 » contient le caractère « %2 »</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation>« %1 » n&apos;est pas un chemin absolu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>« %1 » n&apos;est pas une adresse de messagerie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an absolute device path</source>
        <translation>« %1 » n&apos;est pas un chemin de périphérique absolu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is longer than 10 characters</source>
        <translation>« %1 » dépasse 10 caractères</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>setting &apos;%1&apos;: %2 (allowed: %3)</source>
        <translation>paramètre « %1 » : %2 (valeurs autorisées : %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rings</source>
        <translation>sonneries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used only when &apos;%1&apos; is on.</source>
        <translation>Utilisé uniquement lorsque « %1 » est activé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>whole number from %1 to %2</source>
        <translation>nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text, not empty</source>
        <translation>texte non vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time of day HH:MM</source>
        <translation>heure au format HH:MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of: %1</source>
        <translation>une valeur parmi : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>up to 20 digits, &apos;+&apos; and spaces</source>
        <translation>jusqu&apos;à 20 chiffres, « + » et espaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absolute folder path, or empty</source>
        <translation>chemin de dossier absolu, ou vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address, or empty</source>
        <translation>adresse de messagerie, ou vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absolute device path</source>
        <translation>chemin de périphérique absolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to 10 digits, &apos;*&apos; and &apos;#&apos;, or empty</source>
        <translation>jusqu&apos;à 10 chiffres, « * » et « # », ou vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer name, or empty for the default printer</source>
        <translation>nom d&apos;imprimante, ou vide pour l&apos;imprimante par défaut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a value of type %1 is not one of type %2</source>
        <translation>une valeur de type %1 n&apos;est pas de type %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the time of day is not valid</source>
        <translation>l&apos;heure n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>« %1 » n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a time of day</source>
        <translation>« %1 » n&apos;est pas une heure valide</translation>
    </message>
    <message>
        <location filename="../engine/core/settingsschema.cpp" line="-282"/>
        <source>Fax class</source>
        <translation>Classe de télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax service class to drive the modem in (auto: Class 1 when the modem has it, else 2.0, else 2)</source>
        <translation>Classe de service de télécopie utilisée pour piloter le modem (auto : Class 1 si le modem la prend en charge, sinon 2.0, sinon 2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+262"/>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Redials after the first attempt</source>
        <translation>Nombre de renumérotations après la première tentative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry delay</source>
        <translation>Délai entre les tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between attempts</source>
        <translation>Minutes entre deux tentatives</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove failed jobs after</source>
        <translation>Supprimer les tâches en échec après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after which failed jobs are removed (0: never)</source>
        <translation>Nombre de jours après lequel les tâches en échec sont supprimées (0 : jamais)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branding</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header line on each sent page</source>
        <translation>Ligne d&apos;en-tête sur chaque page envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the port&apos;s TSID</source>
        <translation>Utiliser l&apos;identifiant TSID du port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the port&apos;s TSID instead of the sender&apos;s</source>
        <translation>Envoyer l&apos;identifiant TSID du port au lieu de celui de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server cover pages only</source>
        <translation>Pages de garde du serveur uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow only the server&apos;s cover pages</source>
        <translation>N&apos;autoriser que les pages de garde du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive sent faxes</source>
        <translation>Archiver les télécopies envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a copy of each sent fax</source>
        <translation>Conserver une copie de chaque télécopie envoyée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive folder</source>
        <translation>Dossier d&apos;archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the copies of sent faxes (empty: &apos;archive&apos; in the engine&apos;s data folder)</source>
        <translation>Dossier des copies des télécopies envoyées (vide : « archive » dans le dossier de données du moteur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount period starts</source>
        <translation>Début du tarif réduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the discount period (local time)</source>
        <translation>Début de la période à tarif réduit (heure locale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount period ends</source>
        <translation>Fin du tarif réduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the discount period (local time)</source>
        <translation>Fin de la période à tarif réduit (heure locale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause the outgoing queue</source>
        <translation>Suspendre la file d&apos;attente sortante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold all outgoing jobs</source>
        <translation>Mettre en attente toutes les tâches sortantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store in a folder</source>
        <translation>Enregistrer dans un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy received faxes into a folder</source>
        <translation>Copier les télécopies reçues dans un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for received faxes</source>
        <translation>Dossier des télécopies reçues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print received faxes</source>
        <translation>Imprimer les télécopies reçues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer for received faxes (empty: default)</source>
        <translation>Imprimante des télécopies reçues (vide : imprimante par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send by e-mail</source>
        <translation>Envoyer par courrier électronique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail received faxes</source>
        <translation>Envoyer les télécopies reçues par courrier électronique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address</source>
        <translation>Adresse de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address that receives the faxes by e-mail</source>
        <translation>Adresse qui reçoit les télécopies par courrier électronique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside line prefix</source>
        <translation>Préfixe de ligne extérieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialled first to get an outside line, e.g. 0 or 9 (empty: none; not for numbers of up to 4 digits, which are extensions)</source>
        <translation>Composé en premier pour obtenir une ligne extérieure, par ex. 0 ou 9 (vide : aucun ; pas pour les numéros de 4 chiffres au plus, qui sont des postes internes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country code</source>
        <translation>Indicatif de pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code of this line, e.g. 49 (empty: numbers written with &apos;+&apos; are always dialled as international)</source>
        <translation>Indicatif de pays de cette ligne, par ex. 49 (vide : les numéros écrits avec « + » sont toujours composés comme internationaux)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area code</source>
        <translation>Indicatif régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area code of this line without the long-distance prefix, e.g. 30</source>
        <translation>Indicatif régional de cette ligne sans le préfixe interurbain, par ex. 30</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-distance prefix</source>
        <translation>Préfixe interurbain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialled before another area code of the country</source>
        <translation>Composé avant un autre indicatif régional du pays</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>International prefix</source>
        <translation>Préfixe international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialled before a foreign country code</source>
        <translation>Composé avant un indicatif de pays étranger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulse dialing</source>
        <translation>Numérotation par impulsions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial with pulses instead of tones</source>
        <translation>Numéroter par impulsions au lieu de fréquences vocales</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/csvformat.cpp" line="+157"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../engine/core/settingsschema.cpp" line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax number</source>
        <translation>Numéro de télécopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street (second line)</source>
        <translation>Rue (deuxième ligne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays/région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office location</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home phone</source>
        <translation>Téléphone personnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Courrier électronique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing code</source>
        <translation>Code de facturation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone (typed by its label column)</source>
        <translation>Téléphone (type donné par sa colonne d&apos;étiquette)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1, line %2: a quoted field is not closed (the file may be truncated)</source>
        <translation>%1, ligne %2 : un champ entre guillemets n&apos;est pas fermé (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file is empty</source>
        <translation>%1 : le fichier est vide</translation>
    </message>
    <message>
        <location filename="../engine/core/settingsschema.cpp" line="+1"/>
        <source>Name of the port</source>
        <translation>Nom du port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flow control</source>
        <translation>Contrôle de flux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial flow control (rts-cts is the only one safe for receiving)</source>
        <translation>Contrôle de flux série (rts-cts est le seul sûr pour la réception)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RTS/CTS (hardware)</source>
        <translation>RTS/CTS (matériel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XON/XOFF (software)</source>
        <translation>XON/XOFF (logiciel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial device of the modem</source>
        <translation>Périphérique série du modem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modem maker, from the probe</source>
        <translation>Fabricant du modem, d&apos;après la détection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modem model, from the probe</source>
        <translation>Modèle du modem, d&apos;après la détection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer after</source>
        <translation>Répondre après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rings before answering</source>
        <translation>Nombre de sonneries avant de répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSID</source>
        <translation>CSID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station id sent when receiving</source>
        <translation>Identifiant de station envoyé lors de la réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station id sent when sending</source>
        <translation>Identifiant de station envoyé lors de l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send faxes</source>
        <translation>Envoyer des télécopies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this port for sending</source>
        <translation>Utiliser ce port pour l&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer calls</source>
        <translation>Répondre aux appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How calls are answered</source>
        <translation>Mode de réponse aux appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of use for sending (1: first)</source>
        <translation>Ordre d&apos;utilisation pour l&apos;envoi (1 : en premier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial speed</source>
        <translation>Vitesse série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial speed to the modem in bit/s</source>
        <translation>Vitesse de la liaison série avec le modem, en bit/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initialisation command</source>
        <translation>Commande d&apos;initialisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra AT command sent after the modem&apos;s standard initialisation (empty: none)</source>
        <translation>Commande AT supplémentaire envoyée après l&apos;initialisation standard du modem (vide : aucune)</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/csvformat.cpp" line="-128"/>
        <location filename="../engine/core/settingsschema.cpp" line="+4"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../engine/core/settingsschema.cpp" line="+1"/>
        <source>What the line is doing</source>
        <translation>Activité actuelle de la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State detail</source>
        <translation>Détail de l&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail of the line&apos;s state</source>
        <translation>Détail de l&apos;état de la ligne</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2): %3 (allowed: %4)</source>
        <translation>%1 (%2) : %3 (valeurs autorisées : %4)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (%2) is required when %3 (%4) is on</source>
        <translation>%1 (%2) est obligatoire lorsque %3 (%4) est activé</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <location line="+13"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+24"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Inbound routing</source>
        <translation>Routage des télécopies entrantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialing rules</source>
        <translation>Règles de numérotation</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+11"/>
        <source>Cover pages</source>
        <translation>Pages de garde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving and routing</source>
        <translation>Réception et routage</translation>
    </message>
    <message>
        <location filename="../engine/cover/coverfields.cpp" line="+16"/>
        <source>Recipient Name</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Fax Number</source>
        <translation>Numéro de télécopie du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Company</source>
        <translation>Société du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Street Address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient City</source>
        <translation>Ville du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient State</source>
        <translation>État/province du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient ZIP Code</source>
        <translation>Code postal du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Country</source>
        <translation>Pays/région du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Title</source>
        <translation>Fonction du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Department</source>
        <translation>Service du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Office Location</source>
        <translation>Bureau du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Home Phone</source>
        <translation>Téléphone personnel du destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Office Phone</source>
        <translation>Téléphone professionnel du destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Fax Number</source>
        <translation>Numéro de télécopie de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Company</source>
        <translation>Société de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Street Address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender City</source>
        <translation>Ville de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender State</source>
        <translation>État/province de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender ZIP Code</source>
        <translation>Code postal de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Country</source>
        <translation>Pays/région de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Title</source>
        <translation>Fonction de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Department</source>
        <translation>Service de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Office Location</source>
        <translation>Bureau de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Home Phone</source>
        <translation>Téléphone personnel de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Office Phone</source>
        <translation>Téléphone professionnel de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender E-mail Address</source>
        <translation>Adresse de messagerie de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Billing Code</source>
        <translation>Code de facturation de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time Sent</source>
        <translation>Heure d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of Pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of Attachments</source>
        <translation>Nombre de pièces jointes</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../engine/cover/coverfile.cpp" line="+120"/>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>« %1 » doit être un nombre de %2 à %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>« %1 » doit être une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>« %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; must be one of %2</source>
        <translation>« %1 » doit être l&apos;une des valeurs suivantes : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a point must be [x, y] with numbers from %1 to %2</source>
        <translation>un point doit être de la forme [x, y] avec des nombres de %1 à %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;points&quot; must be a list of %1 points</source>
        <translation>« points » doit être une liste de %1 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;points&quot; must be a list of %1 to %2 points</source>
        <translation>« points » doit être une liste de %1 à %2 points</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the texts of the page have more than %1 characters together</source>
        <translation>les textes de la page dépassent %1 caractères au total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;font&quot; must be an object</source>
        <translation>« font » doit être un objet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;data&quot; must be the image file in Base64</source>
        <translation>« data » doit contenir le fichier image en Base64</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 images on one page</source>
        <translation>plus de %1 images sur une même page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;data&quot; is not valid Base64</source>
        <translation>« data » n&apos;est pas du Base64 valide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the images of the page have more than %1 pixels together</source>
        <translation>les images de la page dépassent %1 pixels au total</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;type&quot; is missing</source>
        <translation>« type » est absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown object type &quot;%1&quot;</source>
        <translation>type d&apos;objet inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a Windows cover page (.cov): Fax Console reads only its own format; recreate the page in the Cover Page Editor</source>
        <translation>page de garde Windows (.cov) : Fax Console ne lit que son propre format ; recréez la page dans l&apos;Éditeur de pages de garde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a cover page: nested more than %1 levels deep</source>
        <translation>pas une page de garde : imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a cover page: %1 at line %2, column %3</source>
        <translation>pas une page de garde : %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Fax Console cover page (it lacks &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>pas une page de garde Fax Console (« format »: « %1 » est absent)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>« version » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: made by a newer version of Fax Console (cover page format %2; this version reads format %3 and older)</source>
        <translation>%1 : créée par une version plus récente de Fax Console (format de page de garde %2 ; cette version lit le format %3 et les formats antérieurs)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;page&quot; with the paper&apos;s &quot;width&quot; and &quot;height&quot; is missing</source>
        <translation>« page » avec la largeur (« width ») et la hauteur (« height ») du papier est absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;objects&quot; must be a list</source>
        <translation>« objects » doit être une liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 objects on one page</source>
        <translation>plus de %1 objets sur une même page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>object %1</source>
        <translation>objet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location line="+136"/>
        <location filename="../engine/cover/coverlibrary.cpp" line="+151"/>
        <source>%1: no such cover page file</source>
        <translation>%1 : fichier de page de garde introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/imaging/documentsource.cpp" line="+104"/>
        <location filename="../engine/imaging/textsource.cpp" line="+137"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="+150"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../engine/queue/spool.cpp" line="+77"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>%1: too large for a cover page (more than %2 MiB)</source>
        <translation>%1 : trop volumineux pour une page de garde (plus de %2 Mio)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: cannot write the cover page (%2)</source>
        <translation>%1 : impossible d&apos;écrire la page de garde (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the embedded image is neither PNG nor JPEG</source>
        <translation>l&apos;image incorporée n&apos;est ni au format PNG ni au format JPEG</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the embedded %1 image is damaged or incomplete</source>
        <translation>l&apos;image %1 incorporée est endommagée ou incomplète</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the embedded image is %1×%2 pixels; at most %3 on a side</source>
        <translation>l&apos;image incorporée mesure %1×%2 pixels ; %3 au maximum par côté</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the image is %2×%3 pixels; at most %4 on a side</source>
        <translation>%1 : l&apos;image mesure %2×%3 pixels ; %4 au maximum par côté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not an image that a cover page can hold (%2)</source>
        <translation>%1 : cette image ne peut pas figurer sur une page de garde (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many pixels</source>
        <translation>trop de pixels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot convert the image to PNG (%2)</source>
        <translation>%1 : impossible de convertir l&apos;image en PNG (%2)</translation>
    </message>
    <message>
        <location filename="../engine/cover/coverlibrary.cpp" line="-118"/>
        <location filename="../engine/server/inboundrouter.cpp" line="+123"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1: only the common cover pages may be used (the server&apos;s ServerCoverpage setting is on); they are: %2</source>
        <translation>%1 : seules les pages de garde communes peuvent être utilisées (le paramètre ServerCoverpage du serveur est activé) ; ce sont : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cover page named</source>
        <translation>aucune page de garde indiquée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not a cover page file</source>
        <translation>%1 : pas un fichier de page de garde</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is a personal cover page</source>
        <translation>« %1 » est une page de garde personnelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no cover page named &quot;%1&quot;; there are: %2</source>
        <translation>aucune page de garde nommée « %1 » ; pages disponibles : %2</translation>
    </message>
    <message>
        <location filename="../engine/cover/coverrenderer.cpp" line="+211"/>
        <source>cover page: drawing text needs a QGuiApplication</source>
        <translation>page de garde : le dessin de texte nécessite une QGuiApplication</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cover page: a %1 × %2 point page does not fit a fax page</source>
        <translation>page de garde : une page de %1 × %2 points ne tient pas sur une page de télécopie</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>cover page: out of memory</source>
        <translation>page de garde : mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../engine/imaging/branding.cpp" line="+90"/>
        <source>branding: drawing text needs a QGuiApplication</source>
        <translation>bannière : le dessin de texte nécessite une QGuiApplication</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>branding: the page is not a fax image</source>
        <translation>bannière : la page n&apos;est pas une image de télécopie</translation>
    </message>
    <message>
        <location filename="../engine/imaging/boundedconverter.cpp" line="+70"/>
        <source>cannot start the conversion process (%1)</source>
        <translation>impossible de démarrer le processus de conversion (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the helper program %1 is missing</source>
        <translation>le programme auxiliaire %1 est absent</translation>
    </message>
    <message>
        <location line="+149"/>
        <location filename="../engine/imaging/documentconverter.cpp" line="+125"/>
        <source>stopped while opening %1; nothing was written</source>
        <translation>arrêté pendant l&apos;ouverture de %1 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: opening it took longer than the %2 s limit</source>
        <translation>%1 : l&apos;ouverture a dépassé la limite de %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: opening it needed more than the %2 MiB memory limit</source>
        <translation>%1 : l&apos;ouverture a dépassé la limite de mémoire de %2 Mio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the document made the converter crash while opening it (%2)</source>
        <translation>%1 : le document a fait planter le convertisseur lors de son ouverture (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: page %2 took longer than the %3 s limit</source>
        <translation>%1 : la page %2 a dépassé la limite de %3 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: page %2 needed more than the %3 MiB memory limit</source>
        <translation>%1 : la page %2 a dépassé la limite de mémoire de %3 Mio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: page %2 made the converter crash (%3)</source>
        <translation>%1 : la page %2 a fait planter le convertisseur (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: writing the fax took longer than the %2 s limit</source>
        <translation>%1 : l&apos;écriture de la télécopie a dépassé la limite de %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: writing the fax needed more than the %2 MiB memory limit</source>
        <translation>%1 : l&apos;écriture de la télécopie a dépassé la limite de mémoire de %2 Mio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the converter crashed (%2)</source>
        <translation>%1 : le convertisseur a planté (%2)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the helper program %1 cannot run</source>
        <translation>le programme auxiliaire %1 ne peut pas s&apos;exécuter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the conversion process ended unexpectedly (exit status %2)</source>
        <translation>%1 : le processus de conversion s&apos;est terminé de façon inattendue (code de sortie %2)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../engine/imaging/documentconverter.cpp" line="-13"/>
        <source>%1: no documents to convert</source>
        <translation>%1 : aucun document à convertir</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: cannot replace the file (%2)</source>
        <translation>%1 : impossible de remplacer le fichier (%2)</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentconverter.cpp" line="+28"/>
        <source>%1: %2 pages exceed the limit of %3</source>
        <translation>%1 : %2 pages dépassent la limite de %3</translation>
    </message>
    <message>
        <location filename="../engine/imaging/boundedconverter.cpp" line="-248"/>
        <location filename="../engine/imaging/documentconverter.cpp" line="+110"/>
        <source>stopped at page %1 of %2; nothing was written</source>
        <translation>arrêté à la page %1 sur %2 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentsource.cpp" line="-55"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="+497"/>
        <source>%1: page %2: %3</source>
        <translation>%1 : page %2 : %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../engine/imaging/pdfsource.cpp" line="+115"/>
        <location line="+24"/>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file is empty (no pages to send)</source>
        <translation>%1 : le fichier est vide (aucune page à envoyer)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: unsupported document format (supported: PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF and UTF-8 text)</source>
        <translation>%1 : format de document non pris en charge (formats pris en charge : PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF et texte UTF-8)</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/contactimport.cpp" line="+26"/>
        <location filename="../engine/imaging/faxcodec.cpp" line="+23"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="-244"/>
        <location filename="../engine/imaging/pdfsource.cpp" line="+17"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has %1 contacts; at most %2 are imported from one file</source>
        <translation>il contient %1 contacts ; %2 au maximum sont importés depuis un fichier</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+53"/>
        <source>the file is too large for an address book (%1 MB; at most %2 MB)</source>
        <translation>le fichier est trop volumineux pour un carnet d&apos;adresses (%1 Mo ; %2 Mo au maximum)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a text file (CSV or vCard expected)</source>
        <translation>ce n&apos;est pas un fichier texte (CSV ou vCard attendu)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>this is neither a vCard nor a CSV file of contacts (its first line names no columns)</source>
        <translation>ce n&apos;est ni un fichier vCard ni un fichier CSV de contacts (sa première ligne ne nomme aucune colonne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has a header line but no contacts</source>
        <translation>le fichier a une ligne d&apos;en-tête mais aucun contact</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>read as %1 it is no text (another character set may fit)</source>
        <translation>lu en %1, ce n&apos;est pas du texte (un autre jeu de caractères conviendrait peut-être)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxcodec.cpp" line="+26"/>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+36"/>
        <location line="+9"/>
        <source>fax encoder</source>
        <translation>encodeur de télécopie</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+74"/>
        <location line="+9"/>
        <source>the page is not a bilevel fax image</source>
        <translation>la page n&apos;est pas une image de télécopie noir et blanc</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>unexpected scan-line size</source>
        <translation>taille de ligne de balayage inattendue</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the image is %1 pixels wide, but %2 were agreed</source>
        <translation>l&apos;image fait %1 pixels de large, mais %2 ont été négociés</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>fax data (%1, %2 bytes)</source>
        <translation>données de télécopie (%1, %2 octets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported line width %1</source>
        <translation>largeur de ligne %1 non prise en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../engine/imaging/jbigcodec.cpp" line="+125"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no coded scan line (no EOL found)</source>
        <translation>aucune ligne de balayage codée (aucun EOL trouvé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines exceed the limit of %2</source>
        <translation>%1 lignes dépassent la limite de %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+51"/>
        <source>out of memory for %1 lines</source>
        <translation>mémoire insuffisante pour %1 lignes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no decodable scan line: %1</source>
        <translation>aucune ligne de balayage décodable : %1</translation>
    </message>
    <message>
        <location filename="../engine/imaging/boundedconverter.cpp" line="+224"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="+17"/>
        <source>%1: cannot create the file (%2)</source>
        <translation>%1 : impossible de créer le fichier (%2)</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxtiff.cpp" line="+10"/>
        <location line="+144"/>
        <source>%1: the file is not open for writing</source>
        <translation>%1 : le fichier n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentconverter.cpp" line="+53"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="-110"/>
        <source>page %1: %2</source>
        <translation>page %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxtiff.cpp" line="+13"/>
        <source>not a bilevel fax image</source>
        <translation>pas une image de télécopie noir et blanc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fax TIFF holds MH, MR or MMR pages; T.85 is a coding for the line only</source>
        <translation>un fichier TIFF de télécopie contient des pages MH, MR ou MMR ; T.85 est un codage réservé à la ligne</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <source>cannot code the page (%1)</source>
        <translation>impossible de coder la page (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>page %1: cannot write (%2)</source>
        <translation>page %1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no pages</source>
        <translation>aucune page</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot replace the file (%1)</source>
        <translation>impossible de remplacer le fichier (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot open (%2)</source>
        <translation>%1 : ouverture impossible (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: file too large for a fax</source>
        <translation>%1 : fichier trop volumineux pour une télécopie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a readable TIFF file (%2)</source>
        <translation>%1 : pas un fichier TIFF lisible (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>too many pages</source>
        <translation>trop de pages</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no image size</source>
        <translation>aucune taille d&apos;image</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+70"/>
        <location line="+46"/>
        <source>no such page (the file has %1)</source>
        <translation>page inexistante (le fichier en contient %1)</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>not a bilevel (black and white) page</source>
        <translation>pas une page en deux niveaux (noir et blanc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>absurd page size %1 x %2</source>
        <translation>taille de page aberrante %1 x %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+63"/>
        <source>tiled pages are not supported</source>
        <translation>les pages en mosaïque (tiles) ne sont pas prises en charge</translation>
    </message>
    <message>
        <location line="-49"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="-60"/>
        <source>damaged fax data: %1</source>
        <translation>données de télécopie endommagées : %1</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxpagecheck.cpp" line="+22"/>
        <source>its coded data cannot be read (%1)</source>
        <translation>ses données codées sont illisibles (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the coded data is cut short (%1 of its %2 bytes are missing)</source>
        <translation>les données codées sont tronquées (il manque %1 de ses %2 octets)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 line with invalid code words</source>
        <translation>1 ligne contient des mots de code non valides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines with invalid code words</source>
        <translation>%1 lignes contiennent des mots de code non valides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line of the wrong length</source>
        <translation>1 ligne de longueur incorrecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines of the wrong length</source>
        <translation>%1 lignes de longueur incorrecte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tags claim %1 lines, more than a fax page can have (at most %2), and the data holds %3</source>
        <translation>les balises indiquent %1 lignes, plus qu&apos;une page de télécopie ne peut en contenir (%2 au maximum), et les données en contiennent %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the tags claim %1 lines, more than a fax page can have (at most %2)</source>
        <translation>les balises indiquent %1 lignes, plus qu&apos;une page de télécopie ne peut en contenir (%2 au maximum)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data ends after line %1 of the %2 lines the tags claim</source>
        <translation>les données s&apos;arrêtent après la ligne %1 sur les %2 lignes indiquées par les balises</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="+13"/>
        <location line="+14"/>
        <location filename="../engine/imaging/textsource.cpp" line="-38"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxtiff.cpp" line="-21"/>
        <location line="+11"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not an MH, MR or MMR page</source>
        <translation>pas une page MH, MR ou MMR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>absurd page width %1</source>
        <translation>largeur de page aberrante %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the JBIG image is %1 pixels wide, the TIFF says %2</source>
        <translation>l&apos;image JBIG fait %1 pixels de large, le TIFF indique %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a single-strip page</source>
        <translation>pas une page à bande unique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad strip size</source>
        <translation>taille de bande incorrecte</translation>
    </message>
    <message>
        <location filename="../engine/imaging/imagesource.cpp" line="+28"/>
        <location filename="../engine/imaging/pdfsource.cpp" line="-97"/>
        <location filename="../engine/imaging/textsource.cpp" line="-3"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="-19"/>
        <source>no such page</source>
        <translation>page inexistante</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: not a readable picture (%2)</source>
        <translation>%1 : pas une image lisible (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: page 1: absurd picture dimensions %2 x %3</source>
        <translation>%1 : page 1 : dimensions d&apos;image aberrantes %2 x %3</translation>
    </message>
    <message>
        <location filename="../engine/imaging/jbigcodec.cpp" line="-49"/>
        <source>T.85 (JBIG) data of %1 bytes: %2</source>
        <translation>données T.85 (JBIG) de %1 octets : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (libjbig error 0x%2)</source>
        <translation>%1 (erreur libjbig 0x%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>shorter than the 20-byte header (BIH)</source>
        <translation>plus court que l&apos;en-tête de 20 octets (BIH)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the header&apos;s width %1 is outside 1 to %2 pixels</source>
        <translation>la largeur %1 indiquée dans l&apos;en-tête n&apos;est pas comprise entre 1 et %2 pixels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the header&apos;s height %1 exceeds %2 lines</source>
        <translation>la hauteur %1 indiquée dans l&apos;en-tête dépasse %2 lignes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>more than %1 lines (at byte %2)</source>
        <translation>plus de %1 lignes (à l&apos;octet %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the decoder delivered line %1 out of order (at byte %2)</source>
        <translation>le décodeur a fourni la ligne %1 dans le désordre (à l&apos;octet %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ends at byte %1 after line %2 of %3: %4</source>
        <translation>se termine à l&apos;octet %1 après la ligne %2 sur %3 : %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at byte %1 (line %2): %3</source>
        <translation>à l&apos;octet %1 (ligne %2) : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 bytes follow the end of the image at byte %2</source>
        <translation>%1 octets suivent la fin de l&apos;image à l&apos;octet %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at byte %1: %2 lines decoded but the image height is %3</source>
        <translation>à l&apos;octet %1 : %2 lignes décodées alors que la hauteur de l&apos;image est de %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>out of memory for a page of %1 by %2 pixels</source>
        <translation>mémoire insuffisante pour une page de %1 sur %2 pixels</translation>
    </message>
    <message>
        <location filename="../engine/imaging/pdfsource.cpp" line="+4"/>
        <source>invalid page size %1 x %2 pt</source>
        <translation>taille de page non valide %1 x %2 pt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the page could not be rendered</source>
        <translation>impossible d&apos;effectuer le rendu de la page</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+13"/>
        <source>%1: cannot read it (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the PDF is encrypted (password protected); decrypt it first</source>
        <translation>%1 : le PDF est chiffré (protégé par mot de passe) ; déchiffrez-le d&apos;abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a valid PDF (damaged or truncated)</source>
        <translation>pas un PDF valide (endommagé ou tronqué)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF could not be loaded</source>
        <translation>impossible de charger le PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="+86"/>
        <source>%1: the document has no pages</source>
        <translation>%1 : le document ne contient aucune page</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: PostScript needs Ghostscript (gs), which is not installed</source>
        <translation>%1 : PostScript nécessite Ghostscript (gs), qui n&apos;est pas installé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no temporary directory for the conversion</source>
        <translation>%1 : aucun répertoire temporaire pour la conversion</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>stopped while Ghostscript converted %1; nothing was written</source>
        <translation>arrêté pendant la conversion de %1 par Ghostscript ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: Ghostscript took longer than the %2 s limit</source>
        <translation>%1 : Ghostscript a dépassé la limite de %2 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Ghostscript needed more than the %2 MiB memory limit</source>
        <translation>%1 : Ghostscript a dépassé la limite de mémoire de %2 Mio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: Ghostscript ended abnormally (it crashed or was killed)</source>
        <translation>%1 : Ghostscript s&apos;est terminé anormalement (plantage ou arrêt forcé)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not valid PostScript (Ghostscript: %2)</source>
        <translation>%1 : PostScript non valide (Ghostscript : %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no output</source>
        <translation>aucune sortie</translation>
    </message>
    <message>
        <location filename="../engine/imaging/textsource.cpp" line="+33"/>
        <source>%1: text documents need fonts: create a QGuiApplication (offscreen is fine)</source>
        <translation>%1 : les documents texte nécessitent des polices : créez une QGuiApplication (offscreen convient)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: text file too large for a fax</source>
        <translation>%1 : fichier texte trop volumineux pour une télécopie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: text that is not UTF-8 (byte 0x%2 at offset %3); save it as UTF-8</source>
        <translation>%1 : texte qui n&apos;est pas en UTF-8 (octet 0x%2 à la position %3) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the document has no pages (empty text)</source>
        <translation>%1 : le document ne contient aucune page (texte vide)</translation>
    </message>
    <message>
        <location filename="../engine/imaging/tiffhandle.cpp" line="+182"/>
        <source>no strip written</source>
        <translation>aucune bande écrite</translation>
    </message>
    <message>
        <location filename="../engine/imaging/tiffsource.cpp" line="-78"/>
        <source>absurd picture dimensions %1 x %2</source>
        <translation>dimensions d&apos;image aberrantes %1 x %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: page %2: re-coded the %3 lines that decode (%4)</source>
        <translation>%1 : page %2 : les %3 lignes décodables ont été recodées (%4)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>out of memory for %1 x %2 pixels</source>
        <translation>mémoire insuffisante pour %1 x %2 pixels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unreadable picture data</source>
        <translation>données d&apos;image illisibles</translation>
    </message>
    <message>
        <location filename="../engine/modem/atdialogue.cpp" line="+212"/>
        <source>private</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unavailable</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <location line="+71"/>
        <location filename="../engine/modem/class1driver.cpp" line="+426"/>
        <location filename="../engine/modem/class2driver.cpp" line="+206"/>
        <source>Modem on %1 answered %2 with %3</source>
        <translation>Le modem sur %1 a répondu %3 à %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stopped waiting for the answer of the modem on %1 to %2: cancelled</source>
        <translation>Attente de la réponse du modem sur %1 à %2 interrompue : annulé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Modem on %1 answered %2 with unreadable data (%3): wrong speed, or not a modem</source>
        <translation>Le modem sur %1 a répondu à %2 par des données illisibles (%3) : vitesse incorrecte, ou pas un modem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modem on %1 did not finish its answer to %2 within %3 s (got &quot;%4&quot;)</source>
        <translation>Le modem sur %1 n&apos;a pas terminé sa réponse à %2 dans un délai de %3 s (reçu : « %4 »)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modem on %1 did not answer %2 within %3 s</source>
        <translation>Le modem sur %1 n&apos;a pas répondu à %2 dans un délai de %3 s</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Modem on %1 does not respond even after a DTR drop and %2: %3</source>
        <translation>Le modem sur %1 ne répond pas, même après une coupure DTR et %2 : %3</translation>
    </message>
    <message>
        <location filename="../engine/modem/class1driver.cpp" line="-335"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+35"/>
        <source>initialising the modem on %1</source>
        <translation>initialisation du modem sur %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+8"/>
        <source>&quot;%1&quot; is no number that can be dialled</source>
        <translation>« %1 » n&apos;est pas un numéro pouvant être composé</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+4"/>
        <source>dialling %1</source>
        <translation>numérotation de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+14"/>
        <source>Sending stopped by the user while dialling %1</source>
        <translation>Envoi arrêté par l&apos;utilisateur pendant la numérotation de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+3"/>
        <source>No fax answered at %1 within %2 s (modem on %3: %4)</source>
        <translation>Aucun télécopieur n&apos;a répondu au %1 dans un délai de %2 s (modem sur %3 : %4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+31"/>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../engine/modem/class2driver.cpp" line="+94"/>
        <source>The modem on %1 answered the call with %2 instead of a fax connection</source>
        <translation>Le modem sur %1 a répondu à l&apos;appel par %2 au lieu d&apos;une connexion de télécopie</translation>
    </message>
    <message>
        <location line="+112"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+123"/>
        <source>No pages to send</source>
        <translation>Aucune page à envoyer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+12"/>
        <source>sending page %1 at %2</source>
        <translation>envoi de la page %1 à %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../engine/modem/class2driver.cpp" line="+78"/>
        <source>received page %1</source>
        <translation>page %1 reçue</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+58"/>
        <source>page %1 confirmed</source>
        <translation>page %1 confirmée</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The fax session on %1 stopped in state %2 without an outcome</source>
        <translation>La session de télécopie sur %1 s&apos;est arrêtée à l&apos;état %2 sans résultat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Modem on %1 answered AT+FTH=3 with %2</source>
        <translation>Le modem sur %1 a répondu %2 à AT+FTH=3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Modem on %1 answered the %2 frame with %3 instead of %4</source>
        <translation>Le modem sur %1 a répondu à la trame %2 par %3 au lieu de %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A final frame came before the end of a frame sequence</source>
        <translation>Une trame finale est arrivée avant la fin d&apos;une séquence de trames</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Modem on %1 ended the %2 data with %3</source>
        <translation>Le modem sur %1 a terminé les données %2 par %3</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Modem on %1 answered AT+FRH=3 with ERROR %2 times: the call is lost</source>
        <translation>Le modem sur %1 a répondu ERROR à AT+FRH=3 %2 fois : l&apos;appel est perdu</translation>
    </message>
    <message>
        <location filename="../engine/modem/class2driver.cpp" line="-215"/>
        <source>The modem on %1 does not do fax Class %2: it answered %3 with %4</source>
        <translation>Le modem sur %1 ne prend pas en charge la télécopie Class %2 : il a répondu %4 à %3</translation>
    </message>
    <message>
        <location filename="../engine/modem/class2driver_send.cpp" line="-202"/>
        <source>The modem on %1 reported no fax connection to %2 (no %3)</source>
        <translation>Le modem sur %1 n&apos;a signalé aucune connexion de télécopie avec %2 (pas de %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connected to %1 (%2)</source>
        <translation>connecté à %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The fax call to %1 on %2 ended after %3 confirmed pages before all were sent (%4)</source>
        <translation>L&apos;appel de télécopie vers %1 sur %2 s&apos;est terminé après %3 pages confirmées, avant que toutes soient envoyées (%4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Sending to %1 stopped by the user after %2 confirmed pages</source>
        <translation>Envoi vers %1 arrêté par l&apos;utilisateur après %2 pages confirmées</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it answered %1 without a page status</source>
        <translation>il a répondu %1 sans état de page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outcome of page %1 is unknown: it went out to %2, but the modem on %3 did not say whether it arrived (%4). %5 pages before it were confirmed.</source>
        <translation>Le résultat de la page %1 est inconnu : elle a été envoyée à %2, mais le modem sur %3 n&apos;a pas indiqué si elle est arrivée (%4). Les %5 pages précédentes ont été confirmées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending to %1 stopped by the user after %2 confirmed pages; the outcome of page %3 is unknown</source>
        <translation>Envoi vers %1 arrêté par l&apos;utilisateur après %2 pages confirmées ; le résultat de la page %3 est inconnu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Modem on %1 answered AT+FDT for page %2 with %3</source>
        <translation>Le modem sur %1 a répondu %3 à AT+FDT pour la page %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Modem on %1 ended the data of page %2 with %3</source>
        <translation>Le modem sur %1 a terminé les données de la page %2 par %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected page %2 %3 times (RTN): the line is too poor</source>
        <translation>%1 a refusé la page %2 %3 fois (RTN) : la qualité de la ligne est trop mauvaise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page %1 rejected by %2, sending it again</source>
        <translation>page %1 refusée par %2, nouvel envoi</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+38"/>
        <source>%1 asked for an operator (%2) after page %3: the call was ended</source>
        <translation>%1 a demandé un opérateur (%2) après la page %3 : l&apos;appel a été terminé</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sent %1 pages to %2 on %3</source>
        <translation>%1 pages envoyées à %2 sur %3</translation>
    </message>
    <message>
        <location filename="../engine/modem/class2driver.cpp" line="+124"/>
        <source>Received %1 pages on %2</source>
        <translation>%1 pages reçues sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call on %1 ended with %2: %3</source>
        <translation>L&apos;appel sur %1 s&apos;est terminé par %2 : %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <source>Receiving on %1 stopped after %2 pages</source>
        <translation>Réception sur %1 arrêtée après %2 pages</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Modem on %1 answered AT+FDR with %2</source>
        <translation>Le modem sur %1 a répondu %2 à AT+FDR</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The page data from the modem on %1 did not end (page %2, %3 octets)</source>
        <translation>Les données de page du modem sur %1 ne se sont pas terminées (page %2, %3 octets)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Modem on %1 ended page %2 with %3</source>
        <translation>Le modem sur %1 a terminé la page %2 par %3</translation>
    </message>
    <message>
        <location filename="../engine/modem/class2driver_params.cpp" line="+292"/>
        <source>normal end of the call</source>
        <translation>fin normale de l&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring detected without a successful handshake</source>
        <translation>sonnerie détectée sans négociation réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call aborted (+FK or CAN)</source>
        <translation>appel abandonné (+FK ou CAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no loop current: is the modem connected to the phone line?</source>
        <translation>aucun courant de boucle : le modem est-il relié à la ligne téléphonique ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ringback detected, no answer</source>
        <translation>retour d&apos;appel détecté, pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ringback detected, answered without fax tone (CED)</source>
        <translation>retour d&apos;appel détecté, réponse sans tonalité de télécopie (CED)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in phase A</source>
        <translation>erreur non spécifiée en phase A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer: no fax machine answered (T.30 T1 timeout)</source>
        <translation>pas de réponse : aucun télécopieur n&apos;a répondu (délai T.30 T1 dépassé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in transmit phase B</source>
        <translation>erreur non spécifiée en phase B d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the far end cannot receive</source>
        <translation>le correspondant ne peut pas recevoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command error in transmit phase B (COMREC)</source>
        <translation>erreur de commande en phase B d&apos;émission (COMREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid command received in transmit phase B</source>
        <translation>commande non valide reçue en phase B d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response error in transmit phase B (RSPREC)</source>
        <translation>erreur de réponse en phase B d&apos;émission (RSPREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCS sent 3 times without response</source>
        <translation>DCS envoyé 3 fois sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIS/DTC received 3 times: DCS not recognised</source>
        <translation>DIS/DTC reçu 3 fois : DCS non reconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure to train at 2400 bit/s or the minimum speed</source>
        <translation>échec de l&apos;apprentissage à 2400 bit/s ou à la vitesse minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response received in transmit phase B</source>
        <translation>réponse non valide reçue en phase B d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in transmit phase C</source>
        <translation>erreur non spécifiée en phase C d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified image format error</source>
        <translation>erreur de format d&apos;image non spécifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image conversion error</source>
        <translation>erreur de conversion d&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page data underflow from the computer to the modem</source>
        <translation>sous-alimentation des données de page de l&apos;ordinateur vers le modem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognised transparent data command</source>
        <translation>commande de données transparentes non reconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image error: wrong line length</source>
        <translation>erreur d&apos;image : longueur de ligne incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image error: wrong page length</source>
        <translation>erreur d&apos;image : longueur de page incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image error: wrong compression code</source>
        <translation>erreur d&apos;image : code de compression incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in transmit phase D</source>
        <translation>erreur non spécifiée en phase D d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response error in transmit phase D (RSPREC)</source>
        <translation>erreur de réponse en phase D d&apos;émission (RSPREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response to MPS, repeated 3 times</source>
        <translation>aucune réponse à MPS, répété 3 fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response to MPS</source>
        <translation>réponse non valide à MPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response to EOP, repeated 3 times</source>
        <translation>aucune réponse à EOP, répété 3 fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response to EOP</source>
        <translation>réponse non valide à EOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response to EOM, repeated 3 times</source>
        <translation>aucune réponse à EOM, répété 3 fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response to EOM</source>
        <translation>réponse non valide à EOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>unable to continue after PIN or PIP</source>
        <translation>impossible de continuer après PIN ou PIP</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>unspecified error in receive phase B</source>
        <translation>erreur non spécifiée en phase B de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response error in receive phase B (RSPREC)</source>
        <translation>erreur de réponse en phase B de réception (RSPREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command error in receive phase B (COMREC)</source>
        <translation>erreur de commande en phase B de réception (COMREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T.30 T2 timeout: the expected page did not come</source>
        <translation>délai T.30 T2 dépassé : la page attendue n&apos;est pas arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T.30 T1 timeout after EOM</source>
        <translation>délai T.30 T1 dépassé après EOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in receive phase C</source>
        <translation>erreur non spécifiée en phase C de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing EOL after 5 seconds</source>
        <translation>EOL absent après 5 secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>bad CRC or frame (ECM)</source>
        <translation>CRC ou trame incorrects (ECM)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>page data overflow from the modem to the computer</source>
        <translation>débordement des données de page du modem vers l&apos;ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unspecified error in receive phase D</source>
        <translation>erreur non spécifiée en phase D de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response received in receive phase D (RSPREC)</source>
        <translation>réponse non valide reçue en phase D de réception (RSPREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid command received in receive phase D (COMREC)</source>
        <translation>commande non valide reçue en phase D de réception (COMREC)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>error in phase A</source>
        <translation>erreur en phase A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in transmit phase B</source>
        <translation>erreur en phase B d&apos;émission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in transmit phase C</source>
        <translation>erreur en phase C d&apos;émission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in transmit phase D</source>
        <translation>erreur en phase D d&apos;émission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in receive phase B</source>
        <translation>erreur en phase B de réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in receive phase C</source>
        <translation>erreur en phase C de réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in receive phase D</source>
        <translation>erreur en phase D de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hangup code the standard does not define</source>
        <translation>un code de raccrochage non défini par la norme</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The fax call to %1 on %2 ended with %3: %4</source>
        <translation>L&apos;appel de télécopie vers %1 sur %2 s&apos;est terminé par %3 : %4</translation>
    </message>
    <message>
        <location filename="../engine/modem/faxmodemdriver.cpp" line="+52"/>
        <source>The line to %1 was busy</source>
        <translation>La ligne vers %1 était occupée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer</source>
        <translation>%1 n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No fax machine answered at %1 (NO CARRIER)</source>
        <translation>Aucun télécopieur n&apos;a répondu au %1 (NO CARRIER)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dial tone on %1: is the modem connected to the phone line?</source>
        <translation>Pas de tonalité sur %1 : le modem est-il relié à la ligne téléphonique ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The modem on %1 refused to dial %2 (ERROR): check the number</source>
        <translation>Le modem sur %1 a refusé de composer le %2 (ERROR) : vérifiez le numéro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The modem on %1 answered the dial command for %2 with %3</source>
        <translation>Le modem sur %1 a répondu %3 à la commande de numérotation pour %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The modem on %1 answered AT+FCLASS=? with %2: it is no fax modem</source>
        <translation>Le modem sur %1 a répondu %2 à AT+FCLASS=? : ce n&apos;est pas un modem de télécopie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The modem on %1 offers no fax class this program drives (it lists %2; wanted 1, 2.0 or 2)</source>
        <translation>Le modem sur %1 ne propose aucune classe de télécopie prise en charge par ce programme (il indique %2 ; attendu : 1, 2.0 ou 2)</translation>
    </message>
    <message>
        <location filename="../engine/modem/faxpagesource.cpp" line="+31"/>
        <source>The job has no documents to send</source>
        <translation>La tâche ne contient aucun document à envoyer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The documents of the job make no page (%1)</source>
        <translation>Les documents de la tâche ne produisent aucune page (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The job has no page %1</source>
        <translation>La tâche ne contient pas de page %1</translation>
    </message>
    <message>
        <location filename="../engine/modem/modemline.cpp" line="+201"/>
        <source>Port %1 is already in a call</source>
        <translation>Le port %1 est déjà en communication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preparing job %1</source>
        <translation>préparation de la tâche %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No modem driver can run port %1: it has no serial device configured</source>
        <translation>Aucun pilote de modem ne peut gérer le port %1 : aucun périphérique série n&apos;est configuré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port %1 cannot use the modem on %2: the device does not exist</source>
        <translation>Le port %1 ne peut pas utiliser le modem sur %2 : le périphérique n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../engine/modem/modemlinelogic.cpp" line="+85"/>
        <source>fax Class %1 chosen for the modem on %2</source>
        <translation>télécopie Class %1 choisie pour le modem sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fax class of the modem on %1 is not known yet: %2</source>
        <translation>la classe de télécopie du modem sur %1 n&apos;est pas encore connue : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 cannot use the modem on %2: %3</source>
        <translation>Le port %1 ne peut pas utiliser le modem sur %2 : %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the modem does not answer its initialisation: %1</source>
        <translation>le modem ne répond pas à son initialisation : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waiting for calls on %1</source>
        <translation>en attente d&apos;appels sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for calls on %1 (fax Class %2)</source>
        <translation>en attente d&apos;appels sur %1 (télécopie Class %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ringing (%1)</source>
        <translation>sonnerie (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the caller hung up before the call was answered</source>
        <translation>l&apos;appelant a raccroché avant que l&apos;appel ne soit pris</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>answering on %1</source>
        <translation>réponse sur %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>receiving page %1</source>
        <translation>réception de la page %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received %1 pages from %2 on port %3</source>
        <translation>%1 pages reçues sur le port %3 (expéditeur : %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/server/inboundrouter.cpp" line="-57"/>
        <source>an unknown sender</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call received on port %1 failed: %2</source>
        <translation>L&apos;appel reçu sur le port %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page %1 could not be decoded (%2); </source>
        <translation>la page %1 n&apos;a pas pu être décodée (%2) ; </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No received page could be decoded: %1</source>
        <translation>Aucune page reçue n&apos;a pu être décodée : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the received pages could not be stored: %1</source>
        <translation>les pages reçues n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create a working folder for job %1: %2</source>
        <translation>Impossible de créer un dossier de travail pour la tâche %1 : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All %1 pages of job %2 were confirmed by an earlier call</source>
        <translation>Les %1 pages de la tâche %2 ont toutes été confirmées lors d&apos;un appel précédent</translation>
    </message>
    <message>
        <location filename="../engine/modem/modemprobe.cpp" line="+65"/>
        <source>Nothing on %1 answers AT (not a modem, switched off, or a wrong speed): %2</source>
        <translation>Rien ne répond à AT sur %1 (pas un modem, éteint ou vitesse incorrecte) : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The device on %1 answered AT with %2: not a usable modem</source>
        <translation>Le périphérique sur %1 a répondu %2 à AT : pas un modem utilisable</translation>
    </message>
    <message>
        <location filename="../engine/modem/modemsession.cpp" line="+75"/>
        <location filename="../engine/modem/serialtransport.cpp" line="+121"/>
        <source>Modem port %1 is not open</source>
        <translation>Le port de modem %1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../engine/modem/receivedfaxwriter.cpp" line="+84"/>
        <source>Cannot create the folder %1 for received faxes</source>
        <translation>Impossible de créer le dossier %1 pour les télécopies reçues</translation>
    </message>
    <message>
        <location filename="../engine/modem/serialtransport.cpp" line="-75"/>
        <source>The modem device %1 does not exist</source>
        <translation>Le périphérique de modem %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a modem: it is no serial device (%2)</source>
        <translation>%1 n&apos;est pas un modem : ce n&apos;est pas un périphérique série (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open modem port %1: %2</source>
        <translation>Impossible d&apos;ouvrir le port de modem %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot set up modem port %1 (%2 bit/s): %3</source>
        <translation>Impossible de configurer le port de modem %1 (%2 bit/s) : %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot write to modem port %1: %2</source>
        <translation>Impossible d&apos;écrire sur le port de modem %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Modem on %1 accepted no data for 30 s (flow control stuck?)</source>
        <translation>Le modem sur %1 n&apos;a accepté aucune donnée pendant 30 s (contrôle de flux bloqué ?)</translation>
    </message>
    <message>
        <location filename="../engine/modem/uucplock.cpp" line="+92"/>
        <source>Cannot lock %1: cannot create a lock file in %2: %3</source>
        <translation>Impossible de verrouiller %1 : impossible de créer un fichier de verrouillage dans %2 : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot lock %1: cannot write %2</source>
        <translation>Impossible de verrouiller %1 : impossible d&apos;écrire %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot lock %1: cannot create %2: %3</source>
        <translation>Impossible de verrouiller %1 : impossible de créer %2 : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this program</source>
        <translation>ce programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in use by %2 (PID %3, lock file %4)</source>
        <translation>%1 est utilisé par %2 (PID %3, fichier de verrouillage %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot lock %1: the stale lock file %2 could not be replaced</source>
        <translation>Impossible de verrouiller %1 : le fichier de verrouillage périmé %2 n&apos;a pas pu être remplacé</translation>
    </message>
    <message>
        <location filename="../engine/queue/jobstore.cpp" line="+53"/>
        <source>%1 failed in the job database %2: %3</source>
        <translation>%1 : échec dans la base de données des tâches %2 : %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot use %1 as the fax data folder: it is a file, not a folder</source>
        <translation>Impossible d&apos;utiliser %1 comme dossier de données de télécopie : c&apos;est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the fax data folder %1</source>
        <translation>Impossible de créer le dossier de données de télécopie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the spool folder %1</source>
        <translation>Impossible de créer le dossier de spool %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Creating the tables</source>
        <translation>Création des tables</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database has schema version %1, this program knows only up to %2</source>
        <translation>la base de données a la version de schéma %1, ce programme ne connaît que les versions jusqu&apos;à %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Updating the database from schema version %1 to %2</source>
        <translation>Mise à jour de la base de données de la version de schéma %1 à %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Updating the revision</source>
        <translation>Mise à jour de la révision</translation>
    </message>
    <message>
        <location filename="../engine/queue/jobstore_config.cpp" line="+11"/>
        <source>Adding port %1</source>
        <translation>Ajout du port %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A port named %1 already exists</source>
        <translation>Un port nommé %1 existe déjà</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating port %1</source>
        <translation>Mise à jour du port %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="+389"/>
        <source>There is no port named %1</source>
        <translation>Il n&apos;existe aucun port nommé %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Removing port %1</source>
        <translation>Suppression du port %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Port %1 cannot be removed while job %2 is being sent on it</source>
        <translation>Impossible de supprimer le port %1 pendant que la tâche %2 est en cours d&apos;envoi sur ce port</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Forgetting old removals</source>
        <translation>Oubli des anciennes suppressions</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving the settings</source>
        <translation>Enregistrement des paramètres</translation>
    </message>
    <message>
        <location filename="../engine/queue/jobstore_jobs.cpp" line="+15"/>
        <source>Reading changes</source>
        <translation>Lecture des modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Storing the submission</source>
        <translation>Enregistrement de la soumission</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Updating jobs</source>
        <translation>Mise à jour des tâches</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+186"/>
        <location filename="../engine/server/hylafaxserver_jobs.cpp" line="+22"/>
        <location filename="../engine/server/localfaxserver_jobs.cpp" line="+261"/>
        <source>There is no job %1</source>
        <translation>Il n&apos;existe aucune tâche %1</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Removing jobs</source>
        <translation>Suppression des tâches</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job %1 cannot be removed while it is %2; cancel it first</source>
        <translation>Impossible de supprimer la tâche %1 tant que son état est « %2 » ; annulez-la d&apos;abord</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading the documents</source>
        <translation>Lecture des documents</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the submission</source>
        <translation>Lecture de la soumission</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no submission %1</source>
        <translation>Il n&apos;existe aucune soumission %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the recipient</source>
        <translation>Lecture du destinataire</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the spool folders</source>
        <translation>Lecture des dossiers de spool</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storing a received fax</source>
        <translation>Enregistrement d&apos;une télécopie reçue</translation>
    </message>
    <message>
        <location filename="../engine/queue/scheduler.cpp" line="+112"/>
        <source>No fax port is configured.</source>
        <translation>Aucun port de télécopie n&apos;est configuré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 is not enabled for sending</source>
        <translation>le port %1 n&apos;est pas activé pour l&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port %1 has no working line: %2</source>
        <translation>le port %1 n&apos;a aucune ligne opérationnelle : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No line can send: %1.</source>
        <translation>Aucune ligne ne peut envoyer : %1.</translation>
    </message>
    <message>
        <location filename="../engine/queue/spool.cpp" line="-2"/>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+56"/>
        <location line="+17"/>
        <location filename="../engine/server/hylafaxsubmission.cpp" line="+234"/>
        <source>Cannot read the document %1: %2</source>
        <translation>Impossible de lire le document %1 : %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Copying the documents into the spool folder %1 was canceled</source>
        <translation>La copie des documents dans le dossier de spool %1 a été annulée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the spool folder %1: %2</source>
        <translation>Impossible de créer le dossier de spool %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create a folder in the spool folder %1: %2</source>
        <translation>Impossible de créer un dossier dans le dossier de spool %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+72"/>
        <source>Cannot sync the spool folder %1: %2</source>
        <translation>Impossible de synchroniser le dossier de spool %1 : %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Cannot write into the spool folder %1: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier de spool %1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1 into the spool folder %2: %3</source>
        <translation>Impossible d&apos;écrire %1 dans le dossier de spool %2 : %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot sync %1: %2</source>
        <translation>Impossible de synchroniser %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <location filename="../engine/server/faxoperation.cpp" line="+36"/>
        <source>Canceled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <location filename="../engine/server/faxserver.cpp" line="+25"/>
        <source>pause job %1</source>
        <translation>suspendre la tâche %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resume job %1</source>
        <translation>reprendre la tâche %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancel job %1</source>
        <translation>annuler la tâche %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restart job %1</source>
        <translation>redémarrer la tâche %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fax server connection was closed before this finished</source>
        <translation>La connexion au serveur de télécopie a été fermée avant la fin de l&apos;opération</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot %2</source>
        <translation>%1 ne peut pas %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot %2: %3</source>
        <translation>%1 ne peut pas %2 : %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connect to %1</source>
        <translation>se connecter à %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>change the server settings</source>
        <translation>modifier les paramètres du serveur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 cannot change the setting %2: %3</source>
        <translation>%1 ne peut pas modifier le paramètre %2 : %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>submit a fax</source>
        <translation>soumettre une télécopie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>remove job %1</source>
        <translation>supprimer la tâche %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add port %1</source>
        <translation>ajouter le port %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>change port %1</source>
        <translation>modifier le port %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot change the setting %2 of port %3: %4</source>
        <translation>%1 ne peut pas modifier le paramètre %2 du port %3 : %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>remove port %1</source>
        <translation>supprimer le port %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>answer a call on port %1 by hand</source>
        <translation>répondre manuellement à un appel sur le port %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fetch received fax %1</source>
        <translation>récupérer la télécopie reçue %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fetch the documents of job %1</source>
        <translation>récupérer les documents de la tâche %1</translation>
    </message>
    <message>
        <location filename="../engine/server/inboundrouter.cpp" line="+49"/>
        <source>Fax from %1, %2 page(s), port %3</source>
        <translation>Télécopie de %1, %2 page(s), port %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A fax was received on port %1.</source>
        <translation>Une télécopie a été reçue sur le port %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender (TSID): %1</source>
        <translation>Expéditeur (TSID) : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caller ID: %1</source>
        <translation>ID de l&apos;appelant : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages: %1</source>
        <translation>Pages : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received: %1</source>
        <translation>Reçue : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call ended early: pages may be missing.</source>
        <translation>L&apos;appel s&apos;est terminé prématurément : des pages peuvent manquer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fax is attached as a TIFF file.</source>
        <translation>La télécopie est jointe sous forme de fichier TIFF.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the default printer</source>
        <translation>l&apos;imprimante par défaut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fax from %1</source>
        <translation>Télécopie de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not e-mailed: no address is set</source>
        <translation>non envoyée par courrier électronique : aucune adresse n&apos;est définie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fax file %1 cannot be read: %2</source>
        <translation>impossible de lire le fichier de télécopie %1 : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the program %1 was not found (install it, or set %2 to its path)</source>
        <translation>le programme %1 est introuvable (installez-le, ou indiquez son chemin dans %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 s&apos;est terminé avec le code %2 : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be started: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 ne s&apos;est pas terminé dans un délai de %2 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>printed on %1</source>
        <translation>imprimée sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not printed on %1: %2</source>
        <translation>non imprimée sur %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mailed to %1</source>
        <translation>envoyée par courrier électronique à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not e-mailed to %1: %2</source>
        <translation>non envoyée par courrier électronique à %1 : %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the engine stopped before %1 finished</source>
        <translation>le moteur de télécopie s&apos;est arrêté avant la fin de %1</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver.cpp" line="+34"/>
        <source>The local fax engine is not connected (data folder %1)</source>
        <translation>Le moteur de télécopie local n&apos;est pas connecté (dossier de données %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to the local fax engine (data folder %1) was closed before this finished</source>
        <translation>La connexion au moteur de télécopie local (dossier de données %1) a été fermée avant la fin de l&apos;opération</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The local fax engine (data folder %1) is already connecting</source>
        <translation>Le moteur de télécopie local (dossier de données %1) est déjà en cours de connexion</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="-115"/>
        <source>No process is dispatching fax jobs</source>
        <translation>Aucun processus ne distribue les tâches de télécopie</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Port %1 cannot be removed while a call runs on it</source>
        <translation>Impossible de supprimer le port %1 pendant qu&apos;un appel est en cours sur ce port</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxserver_jobs.cpp" line="+156"/>
        <source>Job %1 cannot be removed: it is %2</source>
        <translation>Impossible de supprimer la tâche %1 : elle est %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no port %1</source>
        <translation>Il n&apos;existe aucun port %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../engine/server/localfaxserver.cpp" line="+19"/>
        <source>There is no received fax %1</source>
        <translation>Il n&apos;existe aucune télécopie reçue %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Downloading %1: %2</source>
        <translation>Téléchargement de %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver.cpp" line="+3"/>
        <source>The file %1 of received fax %2 is missing</source>
        <translation>Le fichier %1 de la télécopie reçue %2 est manquant</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no send job %1</source>
        <translation>Il n&apos;existe aucune tâche d&apos;envoi %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document %1 of job %2 is missing</source>
        <translation>Le document %1 de la tâche %2 est manquant</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_dispatcher.cpp" line="+106"/>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="+129"/>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>page 1 was confirmed</source>
        <translation>la page 1 a été confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages 1 to %1 were confirmed</source>
        <translation>les pages 1 à %1 ont été confirmées</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Dialling %1 on port %2 to send from page %3 on; %4 earlier</source>
        <translation>Numérotation de %1 sur le port %2 pour envoyer à partir de la page %3 ; %4 auparavant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialling %1 on port %2</source>
        <translation>Numérotation de %1 sur le port %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Job %1 was not sent on port %2: %3</source>
        <translation>La tâche %1 n&apos;a pas été envoyée sur le port %2 : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number is unknown</source>
        <translation>le numéro est inconnu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The line on port %1 could not start the call</source>
        <translation>La ligne du port %1 n&apos;a pas pu lancer l&apos;appel</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The call on port %1 failed: %2</source>
        <translation>L&apos;appel sur le port %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled while sending (%1)</source>
        <translation>Annulé pendant l&apos;envoi (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The retry starts at page %1: %2.</source>
        <translation>La nouvelle tentative commence à la page %1 : %2.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sent, but not archived: %1</source>
        <translation>Envoyée, mais non archivée : %1</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_jobs.cpp" line="-155"/>
        <source>Copying the documents into the queue: %1 of %2</source>
        <translation>Copie des documents dans la file d&apos;attente : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="-326"/>
        <source>Canceled. The call was interrupted; %1 of %2 pages were confirmed, delivery of the remaining pages is unconfirmed.</source>
        <translation>Annulé. L&apos;appel a été interrompu ; %1 pages sur %2 ont été confirmées, la remise des pages restantes n&apos;est pas confirmée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The call on port %1 was interrupted before it finished; %2 of %3 pages were confirmed, delivery of the remaining pages is unconfirmed.</source>
        <translation>L&apos;appel sur le port %1 a été interrompu avant la fin ; %2 pages sur %3 ont été confirmées, la remise des pages restantes n&apos;est pas confirmée.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No driver can run this port</source>
        <translation>Aucun pilote ne peut gérer ce port</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Stored in the Inbox</source>
        <translation>Enregistrée dans la Boîte de réception</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not copied to a folder: no folder is set</source>
        <translation>non copiée dans un dossier : aucun dossier n&apos;est défini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not copied to %1: the folder cannot be created</source>
        <translation>non copiée dans %1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not copied to %1: %2</source>
        <translation>non copiée dans %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copied to %1</source>
        <translation>copiée dans %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Port %1 is driven by another process (the one dispatching fax jobs); answer the call there</source>
        <translation>Le port %1 est géré par un autre processus (celui qui distribue les tâches de télécopie) ; répondez à l&apos;appel depuis celui-ci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 cannot answer: %2</source>
        <translation>Le port %1 ne peut pas répondre : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No call is ringing on port %1</source>
        <translation>Aucun appel ne sonne sur le port %1</translation>
    </message>
    <message>
        <location filename="../engine/server/operationwait.cpp" line="+52"/>
        <source>The fax server went away before it finished</source>
        <translation>Le serveur de télécopie a disparu avant la fin de l&apos;opération</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer within %1 seconds</source>
        <translation>aucune réponse dans un délai de %1 secondes</translation>
    </message>
    <message>
        <location filename="../engine/server/outboundarchive.cpp" line="+46"/>
        <source>The archive copy of job %1 in %2</source>
        <translation>La copie d&apos;archive de la tâche %1 dans %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written: the folder cannot be created</source>
        <translation>%1 : écriture impossible (le dossier ne peut pas être créé)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+16"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written: every name for it is taken</source>
        <translation>%1 : écriture impossible (tous les noms possibles sont déjà pris)</translation>
    </message>
    <message>
        <location filename="../engine/server/submissionrules.cpp" line="+27"/>
        <source>The fax has no recipient</source>
        <translation>La télécopie n&apos;a aucun destinataire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient %1 has no fax number</source>
        <translation>Le destinataire %1 n&apos;a pas de numéro de télécopie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient %1: %2</source>
        <translation>Destinataire %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/cover/sendpreparation.cpp" line="+34"/>
        <source>The cover page cannot be used: %1</source>
        <translation>Impossible d&apos;utiliser la page de garde : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The cover page %1 cannot be drawn: %2</source>
        <translation>Impossible de dessiner la page de garde %1 : %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The fax has no cover page</source>
        <translation>La télécopie n&apos;a pas de page de garde</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../engine/server/submissionrules.cpp" line="+3"/>
        <source>The fax has neither a document nor a cover page</source>
        <translation>La télécopie ne contient ni document ni page de garde</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create a working folder in %1: %2</source>
        <translation>Impossible de créer un dossier de travail dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/server/submissionrules.cpp" line="+4"/>
        <source>The fax is scheduled for a specific time but the time is not valid</source>
        <translation>L&apos;envoi de la télécopie est planifié à une heure précise, mais cette heure n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../engine/t30/t30capabilities.cpp" line="+160"/>
        <source>DIS/DTC information field too short: %1 octets, at least 3 needed</source>
        <translation>Champ d&apos;informations DIS/DTC trop court : %1 octets, 3 au minimum requis</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>DCS information field too short: %1 octets, at least 3 needed</source>
        <translation>Champ d&apos;informations DCS trop court : %1 octets, 3 au minimum requis</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>DCS asks for an unsupported data signalling rate (bits 11-14 = %1)</source>
        <translation>DCS demande un débit de signalisation de données non pris en charge (bits 11-14 = %1)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the far end&apos;s DIS says it is not ready to receive (bit 10 clear)</source>
        <translation>le DIS du correspondant indique qu&apos;il n&apos;est pas prêt à recevoir (bit 10 à zéro)</translation>
    </message>
    <message>
        <location filename="../engine/t30/t30frames.cpp" line="+142"/>
        <source>T.30 frame too short: %1 octets, at least %2 needed</source>
        <translation>Trame T.30 trop courte : %1 octets, %2 au minimum requis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>T.30 frame too long: %1 octets, at most %2 allowed</source>
        <translation>Trame T.30 trop longue : %1 octets, %2 au maximum autorisés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T.30 frame has a bad frame check sequence</source>
        <translation>La trame T.30 a une séquence de contrôle de trame incorrecte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T.30 frame has address 0x%1 instead of 0xFF</source>
        <translation>La trame T.30 a l&apos;adresse 0x%1 au lieu de 0xFF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T.30 frame has control field 0x%1 instead of 0x03 or 0x13</source>
        <translation>La trame T.30 a le champ de commande 0x%1 au lieu de 0x03 ou 0x13</translation>
    </message>
    <message>
        <location filename="../engine/t30/t30receiver.cpp" line="+137"/>
        <source>no command from the calling station within %1 s (T1)</source>
        <translation>aucune commande de la station appelante dans un délai de %1 s (T1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 page(s) received; the sender left without DCN</source>
        <translation>%1 page(s) reçue(s) ; l&apos;expéditeur a raccroché sans DCN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sender went silent (T2) after %1 page(s)</source>
        <translation>l&apos;expéditeur est devenu silencieux (T2) après %1 page(s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>receiving stopped by the user</source>
        <translation>réception arrêtée par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 page(s) received</source>
        <translation>%1 page(s) reçue(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sender disconnected (DCN) after %1 page(s), before EOP</source>
        <translation>l&apos;expéditeur s&apos;est déconnecté (DCN) après %1 page(s), avant EOP</translation>
    </message>
    <message>
        <location filename="../engine/t30/t30sender.cpp" line="+47"/>
        <source>a garbled response</source>
        <translation>une réponse brouillée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sending stopped by the user</source>
        <translation>envoi arrêté par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the far end disconnected (DCN) after %1 confirmed page(s)</source>
        <translation>le correspondant s&apos;est déconnecté (DCN) après %1 page(s) confirmée(s)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>training failed (FTT) at every rate down to %1</source>
        <translation>échec de l&apos;apprentissage (FTT) à tous les débits jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>page %1 was rejected by the far end (RTN) %2 times</source>
        <translation>la page %1 a été refusée par le correspondant (RTN) %2 fois</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the far end asked for an operator (PIP) after page %1; none is available</source>
        <translation>le correspondant a demandé un opérateur (PIP) après la page %1 ; aucun n&apos;est disponible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the far end rejected page %1 and asked for an operator (PIN)</source>
        <translation>le correspondant a refusé la page %1 et demandé un opérateur (PIN)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>no DIS from the far end within %1 s (T1): a fax machine answered, but none of its %2 frame(s) arrived intact (a noisy or bad line)</source>
        <translation>aucun DIS du correspondant dans un délai de %1 s (T1) : un télécopieur a répondu, mais aucune de ses %2 trame(s) n&apos;est arrivée intacte (ligne bruyante ou de mauvaise qualité)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no DIS from the far end within %1 s (T1): no fax machine answered</source>
        <translation>aucun DIS du correspondant dans un délai de %1 s (T1) : aucun télécopieur n&apos;a répondu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no response (T4)</source>
        <translation>aucune réponse (T4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the far end stayed not ready (RNR) for %1 s (T5)</source>
        <translation>le correspondant est resté non prêt (RNR) pendant %1 s (T5)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no valid response to %1 after %2 tries (last: %3)</source>
        <translation>aucune réponse valide à %1 après %2 essais (dernière : %3)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 page(s) sent</source>
        <translation>%1 page(s) envoyée(s)</translation>
    </message>
    <message>
        <location filename="../models/listfilter.cpp" line="-6"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs attention</source>
        <translation>Nécessite une intervention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../models/modelformat.cpp" line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/connectionprofiles.cpp" line="+112"/>
        <source>Local engine</source>
        <translation>Moteur local</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/faxoutput.cpp" line="+49"/>
        <source>%1 has no pages</source>
        <translation>%1 ne contient aucune page</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/contactimport.cpp" line="+19"/>
        <location filename="../engine/server/hylafaxserver_jobs.cpp" line="-15"/>
        <location line="+29"/>
        <location filename="../ui/viewer/faxoutput.cpp" line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/faxoutput.cpp" line="+25"/>
        <source>the PDF cannot be started</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a page cannot be added</source>
        <translation>impossible d&apos;ajouter une page</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no pages to print</source>
        <translation>%1 ne contient aucune page à imprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot print on %1: the printer cannot be opened</source>
        <translation>Impossible d&apos;imprimer sur %1 : impossible d&apos;ouvrir l&apos;imprimante</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing %1 failed</source>
        <translation>L&apos;impression de %1 a échoué</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/addressbook.cpp" line="+27"/>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Address book %1: %2 failed: %3</source>
        <translation>Carnet d&apos;adresses %1 : échec de l&apos;opération « %2 » : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the folder %1 for the address book</source>
        <translation>Impossible de créer le dossier %1 pour le carnet d&apos;adresses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>creating the tables</source>
        <translation>création des tables</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address book %1 was written by a newer version of the program (schema %2; this one reads %3)</source>
        <translation>Le carnet d&apos;adresses %1 a été écrit par une version plus récente du programme (schéma %2 ; celle-ci lit le schéma %3)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The address book is not open</source>
        <translation>Le carnet d&apos;adresses n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>storing the group</source>
        <translation>enregistrement du groupe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no group %1</source>
        <translation>Il n&apos;existe aucun groupe %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>storing the groups of a contact</source>
        <translation>enregistrement des groupes d&apos;un contact</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>storing a contact</source>
        <translation>enregistrement d&apos;un contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>adding a contact</source>
        <translation>ajout d&apos;un contact</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>importing contacts</source>
        <translation>importation de contacts</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>changing a contact</source>
        <translation>modification d&apos;un contact</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contact %1 is no longer in the address book</source>
        <translation>Le contact %1 ne figure plus dans le carnet d&apos;adresses</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>deleting contacts</source>
        <translation>suppression de contacts</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+24"/>
        <source>A group needs a name</source>
        <translation>Un groupe doit avoir un nom</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>adding a group</source>
        <translation>ajout d&apos;un groupe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>There is already a group named %1</source>
        <translation>Il existe déjà un groupe nommé %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+11"/>
        <source>renaming a group</source>
        <translation>changement du nom d&apos;un groupe</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>deleting a group</source>
        <translation>suppression d&apos;un groupe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>changing the members of a group</source>
        <translation>modification des membres d&apos;un groupe</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/vcardformat.cpp" line="+309"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>this is not a vCard property (it has no &apos;:&apos;)</source>
        <translation>ce n&apos;est pas une propriété vCard (elle ne contient pas de « : »)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a vCard begins inside the vCard of line %1, which has no END:VCARD</source>
        <translation>une vCard commence à l&apos;intérieur de la vCard de la ligne %1, qui n&apos;a pas de END:VCARD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BEGIN:VCARD expected</source>
        <translation>BEGIN:VCARD attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is outside a vCard (BEGIN:VCARD expected)</source>
        <translation>ceci se trouve hors d&apos;une vCard (BEGIN:VCARD attendu)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vCard version %1 is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>La version %1 de vCard n&apos;est pas prise en charge (les versions 2.1, 3.0 et 4.0 le sont)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the vCard that begins here has no END:VCARD (the file may be truncated)</source>
        <translation>la vCard qui commence ici n&apos;a pas de END:VCARD (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file has no vCard</source>
        <translation>%1 : le fichier ne contient aucune vCard</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxconnection.cpp" line="+58"/>
        <source>no greeting within %1 s: is it a HylaFAX server?</source>
        <translation>aucun message d&apos;accueil dans un délai de %1 s : s&apos;agit-il d&apos;un serveur HylaFAX ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server stopped in the middle of a reply for %1 s</source>
        <translation>le serveur s&apos;est arrêté au milieu d&apos;une réponse pendant %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse dans un délai de %1 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot reach the HylaFAX server %1: %2</source>
        <translation>Impossible de joindre le serveur HylaFAX %1 : %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>HylaFAX server %1: %2</source>
        <translation>Serveur HylaFAX %1 : %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>cannot listen for the server&apos;s data connection</source>
        <translation>impossible d&apos;écouter la connexion de données du serveur</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>an event line is too long</source>
        <translation>une ligne d&apos;événement est trop longue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot store what %1 sent: %2</source>
        <translation>Impossible d&apos;enregistrer ce que %1 a envoyé : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer to &apos;%1&apos; is larger than %2 bytes</source>
        <translation>la réponse à « %1 » dépasse %2 octets</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The HylaFAX server %1 does not take clients now: %2</source>
        <translation>Le serveur HylaFAX %1 n&apos;accepte pas de clients pour le moment : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a HylaFAX server: it greets with &apos;%2&apos;</source>
        <translation>%1 n&apos;est pas un serveur HylaFAX : son message d&apos;accueil est « %2 »</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The HylaFAX server %1 closed the connection: %2</source>
        <translation>Le serveur HylaFAX %1 a fermé la connexion : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>HylaFAX server %1 did not answer &apos;%2&apos;</source>
        <translation>Le serveur HylaFAX %1 n&apos;a pas répondu à &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is no passive data port</source>
        <translation>« %1 » n&apos;est pas un port de données passif</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxlisting.cpp" line="+78"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+55"/>
        <location line="+47"/>
        <source>the line is too long</source>
        <translation>la ligne est trop longue</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+55"/>
        <location line="+47"/>
        <source>the line does not have the fields asked for</source>
        <translation>la ligne ne contient pas les champs demandés</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>the job number is not a number</source>
        <translation>le numéro de tâche n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job state is unknown</source>
        <translation>l&apos;état de la tâche est inconnu</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+33"/>
        <source>a count is not a number</source>
        <translation>un compteur n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the file is not a received fax</source>
        <translation>le fichier n&apos;est pas une télécopie reçue</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&apos;%1&apos; is no job state</source>
        <translation>« %1 » n&apos;est pas un état de tâche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the job state names no job</source>
        <translation>l&apos;état de tâche ne désigne aucune tâche</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxreply.cpp" line="+90"/>
        <location line="+8"/>
        <source>a reply line is longer than %1 bytes</source>
        <translation>une ligne de réponse dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a reply holds a NUL byte</source>
        <translation>une réponse contient un octet NUL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is no reply of a HylaFAX server</source>
        <translation>« %1 » n&apos;est pas une réponse d&apos;un serveur HylaFAX</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a reply has more than %1 lines</source>
        <translation>une réponse comporte plus de %1 lignes</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxsession.cpp" line="+62"/>
        <source>The HylaFAX server %1 did not %2: %3</source>
        <translation>Le serveur HylaFAX %1 n&apos;a pas pu effectuer l&apos;opération « %2 » : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The HylaFAX server %1:%2 refused the login of %3: wrong user name or password, or the user may not connect from here (%4)</source>
        <translation>Le serveur HylaFAX %1:%2 a refusé la connexion de %3 : nom d&apos;utilisateur ou mot de passe incorrect, ou l&apos;utilisateur n&apos;est pas autorisé à se connecter depuis ce poste (%4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The HylaFAX server %1 asks for the password of %2, and none was given</source>
        <translation>Le serveur HylaFAX %1 demande le mot de passe de %2, et aucun n&apos;a été fourni</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server refused administrator rights (%1)</source>
        <translation>le serveur a refusé les droits d&apos;administrateur (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The HylaFAX server %1 refused &apos;%2&apos;: %3</source>
        <translation>Le serveur HylaFAX %1 a refusé « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxtriggerstream.cpp" line="+54"/>
        <source>The HylaFAX server %1 ended its event stream: %2</source>
        <translation>Le serveur HylaFAX %1 a mis fin à son flux d&apos;événements : %2</translation>
    </message>
    <message>
        <location filename="../engine/printing/printinbox.cpp" line="+66"/>
        <source>%1 is a symbolic link, which is never followed</source>
        <translation>%1 est un lien symbolique, qui n&apos;est jamais suivi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Printed documents cannot be received in %1: %2</source>
        <translation>Impossible de recevoir les documents imprimés dans %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder cannot be created</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1 is not a printed document of the print inbox</source>
        <translation>%1 n&apos;est pas un document imprimé de la boîte de réception d&apos;impression</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the printed document %1</source>
        <translation>Impossible de supprimer le document imprimé %1</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxjobdefaults.cpp" line="+86"/>
        <source>HylaFAX removes finished jobs with faxqclean on the server</source>
        <translation>HylaFAX supprime les tâches terminées avec faxqclean sur le serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX prints the header line its modem configuration sets (TagLineFormat) on the server</source>
        <translation>HylaFAX imprime la ligne d&apos;en-tête définie par la configuration de son modem (TagLineFormat) sur le serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HylaFAX archives sent faxes in the archive folder of its spool on the server</source>
        <translation>HylaFAX archive les télécopies envoyées dans le dossier d&apos;archive de son spool sur le serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX&apos;s queue is held on the server itself (faxstate, faxquit)</source>
        <translation>La file d&apos;attente de HylaFAX est suspendue sur le serveur lui-même (faxstate, faxquit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX hands received faxes on with its FaxDispatch script on the server</source>
        <translation>HylaFAX transmet les télécopies reçues avec son script FaxDispatch sur le serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX applies the dialing rules of its configuration (etc/config, etc/dialrules) on the server</source>
        <translation>HylaFAX applique les règles de numérotation de sa configuration (etc/config, etc/dialrules) sur le serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HylaFAX keeps it in its configuration on the server</source>
        <translation>HylaFAX le conserve dans sa configuration sur le serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; its client protocol cannot change it</source>
        <translation>%1 ; son protocole client ne permet pas de le modifier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot make the folder of %1</source>
        <translation>Impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the HylaFAX job defaults to %1</source>
        <translation>Impossible d&apos;écrire les paramètres par défaut des tâches HylaFAX dans %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry delay (retry-delay): a HylaFAX server takes at most 59 minutes, not %1</source>
        <translation>Délai entre les tentatives (retry-delay) : un serveur HylaFAX accepte 59 minutes au maximum, pas %1</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxserver.cpp" line="+77"/>
        <source>HylaFAX&apos;s modems are set up on the server itself (faxaddmodem, faxgetty)</source>
        <translation>Les modems de HylaFAX sont configurés sur le serveur lui-même (faxaddmodem, faxgetty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HylaFAX&apos;s faxgetty answers calls by itself</source>
        <translation>Le faxgetty de HylaFAX répond lui-même aux appels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HylaFAX keeps a job&apos;s documents in its spool as prepared for sending; they are not fetched back</source>
        <translation>HylaFAX conserve les documents d&apos;une tâche dans son spool tels que préparés pour l&apos;envoi ; ils ne sont pas récupérés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX does not send a finished job again; submit the fax anew</source>
        <translation>HylaFAX ne renvoie pas une tâche terminée ; soumettez à nouveau la télécopie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only an administrator may switch HylaFAX&apos;s modems on and off (connect as administrator)</source>
        <translation>seul un administrateur peut activer et désactiver les modems de HylaFAX (connectez-vous en tant qu&apos;administrateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only an administrator may switch HylaFAX&apos;s modems on and off, and %1</source>
        <translation>seul un administrateur peut activer et désactiver les modems de HylaFAX, et %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HylaFAX keeps it in the modem&apos;s configuration on the server (etc/config.&lt;modem&gt;); its client protocol cannot change it</source>
        <translation>HylaFAX le conserve dans la configuration du modem sur le serveur (etc/config.&lt;modem&gt;) ; son protocole client ne permet pas de le modifier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HylaFAX keeps a modem&apos;s serial speed, flow control, rings and class in its configuration on the server (etc/config.&lt;modem&gt;); its client protocol does not report them</source>
        <translation>HylaFAX conserve la vitesse série, le contrôle de flux, le nombre de sonneries et la classe d&apos;un modem dans sa configuration sur le serveur (etc/config.&lt;modem&gt;) ; son protocole client ne les communique pas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The HylaFAX server %1 is not reachable now; reconnecting</source>
        <translation>Le serveur HylaFAX %1 n&apos;est pas joignable pour le moment ; reconnexion en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the HylaFAX server %1</source>
        <translation>Non connecté au serveur HylaFAX %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The connection to the HylaFAX server was closed</source>
        <translation>La connexion au serveur HylaFAX a été fermée</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+87"/>
        <source>The connection to the HylaFAX server %1 was closed before this finished</source>
        <translation>La connexion au serveur HylaFAX %1 a été fermée avant la fin de cette opération</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The connection to the HylaFAX server %1 is being made already</source>
        <translation>La connexion au serveur HylaFAX %1 est déjà en cours</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxserver_read.cpp" line="+225"/>
        <source>list %1</source>
        <translation>lister %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>show job %1</source>
        <translation>afficher la tâche %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Sending switched off (%1)</source>
        <translation>Envoi désactivé (%1)</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxsubmission.cpp" line="-162"/>
        <source>Cannot read the document %1</source>
        <translation>Impossible de lire le document %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cover pages, text and pictures are made into fax pages here before they go to the HylaFAX server, and this program cannot draw (it has no QGuiApplication)</source>
        <translation>Les pages de garde, le texte et les images sont convertis ici en pages de télécopie avant d&apos;être envoyés au serveur HylaFAX, et ce programme ne peut pas dessiner (il n&apos;a pas de QGuiApplication)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the documents</source>
        <translation>Préparation des documents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot make a temporary folder</source>
        <translation>Impossible de créer un dossier temporaire</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is no document a fax can be made of (PDF, PostScript, TIFF, a picture or text)</source>
        <translation>%1 n&apos;est pas un document convertible en télécopie (PDF, PostScript, TIFF, image ou texte)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Uploading %1: %2 of %3</source>
        <translation>Envoi de %1 au serveur : %2 sur %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>take the document %1</source>
        <translation>transférer le document %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The HylaFAX server %1 did not say where it stored the document %2 (%3)</source>
        <translation>Le serveur HylaFAX %1 n&apos;a pas indiqué où il a enregistré le document %2 (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uploaded %1 of %2</source>
        <translation>%1 sur %2 envoyés au serveur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>start a new job</source>
        <translation>démarrer une nouvelle tâche</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>make a job</source>
        <translation>créer une tâche</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>set %1 of job %2</source>
        <translation>définir %1 de la tâche %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>submit job %1</source>
        <translation>soumettre la tâche %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The fax was not submitted: canceled</source>
        <translation>La télécopie n&apos;a pas été soumise : annulation</translation>
    </message>
    <message>
        <location filename="../engine/server/passwordstore.cpp" line="+34"/>
        <source>no desktop keyring is running (%1)</source>
        <translation>aucun trousseau de clés du bureau n&apos;est en cours d&apos;exécution (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the desktop keyring refused access (%1)</source>
        <translation>le trousseau de clés du bureau a refusé l&apos;accès (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desktop keyring failed (%1)</source>
        <translation>le trousseau de clés du bureau a échoué (%1)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the desktop keyring did not answer within %1 s</source>
        <translation>le trousseau de clés du bureau n&apos;a pas répondu dans un délai de %1 s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password for %1 was not saved: %2. It is kept nowhere else and will be asked for again.</source>
        <translation>Le mot de passe de %1 n&apos;a pas été enregistré : %2. Il n&apos;est conservé nulle part ailleurs et sera redemandé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password for %1 was not saved: the desktop keyring did not answer within %2 s</source>
        <translation>Le mot de passe de %1 n&apos;a pas été enregistré : le trousseau de clés du bureau n&apos;a pas répondu dans un délai de %2 s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the desktop keyring did not answer</source>
        <translation>le trousseau de clés du bureau n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>Fax::ActionRegistry</name>
    <message>
        <location filename="../ui/consoleactions.cpp" line="+22"/>
        <source>&amp;View Fax</source>
        <translation>&amp;Afficher la télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected fax in the Fax Viewer</source>
        <translation>Ouvrir la télécopie sélectionnée dans la Visionneuse de télécopies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;use</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the selected jobs in the queue</source>
        <translation>Mettre en attente les tâches sélectionnées dans la file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected paused jobs be sent</source>
        <translation>Autoriser l&apos;envoi des tâches suspendues sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected jobs</source>
        <translation>Arrêter les tâches sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tart</source>
        <translation>Redé&amp;marrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the selected failed or canceled jobs again</source>
        <translation>Remettre dans la file d&apos;attente les tâches sélectionnées ayant échoué ou annulées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected finished jobs</source>
        <translation>Supprimer les tâches terminées sélectionnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;send…</source>
        <translation>Ren&amp;voyer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected fax again, to the same recipient</source>
        <translation>Renvoyer la télécopie sélectionnée au même destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as PDF…</source>
        <translation>Enregistrer &amp;au format PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transmission Rep&amp;ort…</source>
        <translation>Rapp&amp;ort de transmission…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as U&amp;nread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port Propert&amp;ies…</source>
        <translation>Propr&amp;iétés du port…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected fax as a PDF file</source>
        <translation>Enregistrer la télécopie sélectionnée sous forme de fichier PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the selected fax</source>
        <translation>Imprimer la télécopie sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a report of the selected fax&apos;s transmission as a PDF file</source>
        <translation>Enregistrer un rapport de transmission de la télécopie sélectionnée sous forme de fichier PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as R&amp;ead</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected faxes as read</source>
        <translation>Marquer les télécopies sélectionnées comme lues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected faxes as unread</source>
        <translation>Marquer les télécopies sélectionnées comme non lues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Answer Now</source>
        <translation>Ré&amp;pondre maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the call ringing on the selected port (receive mode Manual)</source>
        <translation>Répondre à l&apos;appel qui sonne sur le port sélectionné (mode de réception Manuel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and change the selected port&apos;s settings</source>
        <translation>Afficher et modifier les paramètres du port sélectionné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lear Log</source>
        <translation>Effa&amp;cer le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every entry from the activity log</source>
        <translation>Supprimer toutes les entrées du journal d&apos;activité</translation>
    </message>
</context>
<context>
    <name>Fax::ActivityLogModel</name>
    <message>
        <location filename="../models/activitylogmodel.cpp" line="+106"/>
        <source>Error, %1</source>
        <translation>Erreur, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning, %1</source>
        <translation>Avertissement, %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>Fax::ActivityLogPanel</name>
    <message>
        <location filename="../ui/activitylogpanel.cpp" line="+88"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>Fax::AddressBookDialog</name>
    <message>
        <location filename="../ui/addressbook/addressbookdialog.cpp" line="+38"/>
        <source>Choose Recipients</source>
        <translation>Choisir les destinataires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address Book</source>
        <translation>Carnet d&apos;adresses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search name, company, fax number or e-mail</source>
        <translation>Rechercher un nom, une société, un numéro de télécopie ou une adresse de messagerie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;roups…</source>
        <translation>Gr&amp;oupes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add Recipients</source>
        <translation>&amp;Ajouter les destinataires</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1 from the address book?</source>
        <translation>Supprimer %1 du carnet d&apos;adresses ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the %1 selected contacts from the address book?</source>
        <translation>Supprimer les %1 contacts sélectionnés du carnet d&apos;adresses ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Delete Contacts</source>
        <translation>Supprimer les contacts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>Contacts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import %1 into the address book? Contacts found: %2.</source>
        <translation>Importer %1 dans le carnet d&apos;adresses ? Contacts trouvés : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n&apos;a été importé depuis %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts.vcf</source>
        <translation>Contacts.vcf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (*.vcf);;CSV, for spreadsheets and other programs (*.csv)</source>
        <translation>vCard (*.vcf);;CSV, pour les tableurs et autres programmes (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fax::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="+24"/>
        <source>&amp;Delete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local fax engine on this computer</source>
        <translation>Moteur de télécopie &amp;local sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HylaFAX server</source>
        <translation>Serveur &amp;HylaFAX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau de clés du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as &amp;administrator</source>
        <translation>Se connecter en tant qu&apos;&amp;administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to Fax Server</source>
        <translation>Connexion au serveur de télécopie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name to remember this connection by</source>
        <translation>Nom sous lequel enregistrer cette connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data &amp;folder:</source>
        <translation>&amp;Dossier de données :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your login name</source>
        <translation>Votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ho&amp;st:</source>
        <translation>Hô&amp;te :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the keyring when empty</source>
        <translation>Depuis le trousseau de clés si vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Local Engine Data Folder</source>
        <translation>Dossier de données du moteur local</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Enter the host name of the HylaFAX server.</source>
        <translation>Entrez le nom d&apos;hôte du serveur HylaFAX.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Press Connect to connect without saving it.</source>
        <translation>%1 Cliquez sur Se connecter pour vous connecter sans l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>Fax::ConsoleSession</name>
    <message>
        <location filename="../ui/consolesession.cpp" line="+38"/>
        <source>an unknown sender</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this kind of server is not available.</source>
        <translation>%1 : ce type de serveur n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+71"/>
        <source>Disconnected from %1</source>
        <translation>Déconnecté de %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Fax server %1</source>
        <translation>Serveur de télécopie %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connected to %1 — %2</source>
        <translation>Connecté à %1 — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Job %1 to %2 was queued</source>
        <translation>La tâche %1 vers %2 a été placée dans la file d&apos;attente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fax sent</source>
        <translation>Télécopie envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 to %2: 1 page sent</source>
        <translation>Tâche %1 vers %2 : 1 page envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 to %2: %3 pages sent</source>
        <translation>Tâche %1 vers %2 : %3 pages envoyées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fax not sent</source>
        <translation>Télécopie non envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 to %2: %3</source>
        <translation>Tâche %1 vers %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 to %2: %3 (%4)</source>
        <translation>Tâche %1 vers %2 : %3 (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1 to %2 will be tried again at %3: %4</source>
        <translation>Nouvelle tentative de la tâche %1 vers %2 à %3 : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job %1 to %2 will be tried again: %3</source>
        <translation>Nouvelle tentative prévue pour la tâche %1 vers %2 : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending job %1 to %2</source>
        <translation>Envoi de la tâche %1 vers %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending job %1 to %2 on port %3</source>
        <translation>Envoi de la tâche %1 vers %2 sur le port %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 to %2 was canceled</source>
        <translation>La tâche %1 vers %2 a été annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 to %2 was paused</source>
        <translation>La tâche %1 vers %2 a été suspendue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Job %1 was deleted</source>
        <translation>La tâche %1 a été supprimée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fax received in part</source>
        <translation>Télécopie reçue partiellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 on port %2: %3; the call ended early</source>
        <translation>Expéditeur : %1, port %2 : %3 ; l&apos;appel s&apos;est terminé prématurément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1: %2; the call ended early</source>
        <translation>Expéditeur : %1 : %2 ; l&apos;appel s&apos;est terminé prématurément</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fax received in part from %1 on port %2: %3; the call ended early</source>
        <translation>Télécopie reçue partiellement sur le port %2 (expéditeur : %1) : %3 ; l&apos;appel s&apos;est terminé prématurément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax received in part from %1: %2; the call ended early</source>
        <translation>Télécopie reçue partiellement (expéditeur : %1) : %2 ; l&apos;appel s&apos;est terminé prématurément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax received</source>
        <translation>Télécopie reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 on port %2: %3</source>
        <translation>Expéditeur : %1, port %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1: %2</source>
        <translation>Expéditeur : %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax received from %1 on port %2: %3</source>
        <translation>Télécopie reçue sur le port %2 (expéditeur : %1) : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax received from %1: %2</source>
        <translation>Télécopie reçue (expéditeur : %1) : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Port %1: %2</source>
        <translation>Port %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port %1 is ringing</source>
        <translation>Le port %1 sonne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is %2 again</source>
        <translation>Le port %1 est de nouveau à l&apos;état « %2 »</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>Cannot send the fax</source>
        <translation>Impossible d&apos;envoyer la télécopie</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The console is not connected to a fax server.</source>
        <translation>La console n&apos;est connectée à aucun serveur de télécopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send fax</source>
        <translation>Envoyer une télécopie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send %n document(s) again to %1 now?</source>
        <translation>
            <numerusform>Renvoyer maintenant %n document à %1 ?</numerusform>
            <numerusform>Renvoyer maintenant %n documents à %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fax was not queued: %1</source>
        <translation>La télécopie n&apos;a pas été placée dans la file d&apos;attente : %1</translation>
    </message>
</context>
<context>
    <name>Fax::ConsoleTray</name>
    <message>
        <location filename="../ui/consoletray.cpp" line="+20"/>
        <source>Show &amp;Fax Console</source>
        <translation>Afficher &amp;Fax Console</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Fax Console</source>
        <translation>Fax Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax Console — %1</source>
        <translation>Fax Console — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread fax(es)</source>
        <translation>
            <numerusform>%n télécopie non lue</numerusform>
            <numerusform>%n télécopies non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fax::ContactDialog</name>
    <message>
        <location filename="../ui/addressbook/contactdialog.cpp" line="+50"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fax number:</source>
        <translation>Numéro de &amp;télécopie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company:</source>
        <translation>&amp;Société :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job &amp;title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Office location:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;phone:</source>
        <translation>Téléphone &amp;professionnel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home phone:</source>
        <translation>Téléphone pe&amp;rsonnel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courrier électronique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing code:</source>
        <translation>Code de f&amp;acturation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>État/provin&amp;ce :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>Code p&amp;ostal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys/région :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+49 30 1234567</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>St&amp;reet:</source>
        <translation>R&amp;ue :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes and Groups</source>
        <translation>Remarques et groupes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;tes:</source>
        <translation>Re&amp;marques :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No groups yet: create them with Groups… in the address book</source>
        <translation>Aucun groupe pour l&apos;instant : créez-en avec Groupes… dans le carnet d&apos;adresses</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Enter a name, a company or a fax number.</source>
        <translation>Entrez un nom, une société ou un numéro de télécopie.</translation>
    </message>
</context>
<context>
    <name>Fax::ContactListModel</name>
    <message>
        <location filename="../models/contactlistmodel.cpp" line="+132"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax Number</source>
        <translation>Numéro de télécopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Courrier électronique</translation>
    </message>
</context>
<context>
    <name>Fax::CoverEditorWindow</name>
    <message>
        <location filename="../ui/covereditor/covereditorwindow.cpp" line="+53"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 mm, %2 mm</source>
        <translation>%1 mm, %2 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in, %2 in</source>
        <translation>%1 po, %2 po</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — Cover Page Editor</source>
        <translation>%1[*] — Éditeur de pages de garde</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot Open Cover Page</source>
        <translation>Impossible d&apos;ouvrir la page de garde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot Save Cover Page</source>
        <translation>Impossible d&apos;enregistrer la page de garde</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cover</source>
        <translation>page-de-garde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Cover Page</source>
        <translation>Enregistrer la page de garde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover pages (*.%1)</source>
        <translation>Pages de garde (*.%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Cover Page</source>
        <translation>Ouvrir une page de garde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover pages (*.%1);;All files (*)</source>
        <translation>Pages de garde (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The new cover page</source>
        <translation>La nouvelle page de garde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Insert %1</source>
        <translation>Insérer %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Cannot Insert Image</source>
        <translation>Impossible d&apos;insérer l&apos;image</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+6"/>
        <source>Replace Image</source>
        <translation>Remplacer l&apos;image</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the clipboard</source>
        <translation>le Presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Paste</source>
        <translation>Impossible de coller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../ui/covereditor/covereditorwindow_actions.cpp" line="+42"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New from &amp;Template…</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview at Fax Resolution…</source>
        <translation>&amp;Aperçu à la résolution de télécopie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Select</source>
        <translation>&amp;Sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Line</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rectangle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;ounded Rectangle</source>
        <translation>Rectangle arron&amp;di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ellipse</source>
        <translation>&amp;Ellipse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Polygon</source>
        <translation>&amp;Polygone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show &amp;Grid</source>
        <translation>Afficher la &amp;grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;nap to Grid</source>
        <translation>&amp;Aligner sur la grille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit &amp;Page</source>
        <translation>Ajuster à la &amp;page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select &amp;All</source>
        <translation>Sélectionner &amp;tout</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Align Text &amp;Left</source>
        <translation>Aligner le texte à &amp;gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre &amp;Text</source>
        <translation>Centrer le &amp;texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align Text &amp;Right</source>
        <translation>Aligner le texte à &amp;droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Centre</source>
        <translation>Aligner au &amp;centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Middle</source>
        <translation>Aligner au &amp;milieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Space Evenly &amp;Across</source>
        <translation>Répartir &amp;horizontalement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space Evenly &amp;Down</source>
        <translation>Répartir &amp;verticalement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Centre on Page A&amp;cross</source>
        <translation>Centrer sur la page hori&amp;zontalement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre on Page D&amp;own</source>
        <translation>Centrer sur la page vertica&amp;lement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Alt+H</source>
        <translation>Ctrl+Alt+H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bring to &amp;Front</source>
        <translation>Mettre au &amp;premier plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+]</source>
        <translation>Ctrl+Shift+]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring F&amp;orward</source>
        <translation>A&amp;vancer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Back&amp;ward</source>
        <translation>Recu&amp;ler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;Back</source>
        <translation>Mettre à l&apos;&amp;arrière-plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+[</source>
        <translation>Ctrl+Shift+[</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;cipient Field</source>
        <translation>Champ du &amp;destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;nder Field</source>
        <translation>Champ de l&apos;&amp;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message Field</source>
        <translation>Champ du &amp;message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrange</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounded</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Click an object to select it, Ctrl+click to add to the selection, drag to move; arrow keys nudge.</source>
        <translation>Cliquez sur un objet pour le sélectionner, Ctrl+clic pour l&apos;ajouter à la sélection, faites-le glisser pour le déplacer ; les touches fléchées le décalent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or drag to place a text box.</source>
        <translation>Cliquez ou faites glisser pour placer une zone de texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to draw a line; hold Shift for straight and diagonal lines.</source>
        <translation>Faites glisser pour tracer une ligne ; maintenez Maj pour des lignes droites et diagonales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to draw a rectangle.</source>
        <translation>Faites glisser pour tracer un rectangle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to draw a rectangle with rounded corners.</source>
        <translation>Faites glisser pour tracer un rectangle aux coins arrondis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to draw an ellipse.</source>
        <translation>Faites glisser pour tracer une ellipse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click for each corner; double-click or press Enter to close the polygon, Esc to cancel.</source>
        <translation>Cliquez pour chaque sommet ; double-cliquez ou appuyez sur Entrée pour fermer le polygone, Échap pour annuler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to mark where the image goes, then pick the file.</source>
        <translation>Faites glisser pour marquer l&apos;emplacement de l&apos;image, puis choisissez le fichier.</translation>
    </message>
</context>
<context>
    <name>Fax::CoverPagePage</name>
    <message>
        <location filename="../ui/wizard/coverpagepage.cpp" line="+32"/>
        <source>Cover Page</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cover page goes first, filled in for each recipient. This server allows only its common cover pages.</source>
        <translation>Une page de garde est placée en premier, remplie pour chaque destinataire. Ce serveur n&apos;autorise que ses pages de garde communes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cover page goes first, filled in for each recipient.</source>
        <translation>Une page de garde est placée en premier, remplie pour chaque destinataire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cover page preview</source>
        <translation>Aperçu de la page de garde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>No cover page</source>
        <translation>Aucune page de garde</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 (common)</source>
        <translation>%1 (commune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (personal)</source>
        <translation>%1 (personnelle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cover page:</source>
        <translation>&amp;Page de garde :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The cover page %1 cannot be used: %2</source>
        <translation>La page de garde %1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be shown</source>
        <translation>Affichage impossible</translation>
    </message>
</context>
<context>
    <name>Fax::CoverPreviewDialog</name>
    <message>
        <location filename="../ui/covereditor/coverpreviewdialog.cpp" line="+21"/>
        <source>Cover Page Preview</source>
        <translation>Aperçu de la page de garde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal (204 × 98 dpi)</source>
        <translation>Normale (204 × 98 ppp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine (204 × 196 dpi)</source>
        <translation>Fine (204 × 196 ppp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superfine (204 × 391 dpi)</source>
        <translation>Superfine (204 × 391 ppp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit Page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax Pixels (100 %)</source>
        <translation>Pixels de télécopie (100 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>As the recipient&apos;s fax machine prints it: %1 × %2 fax pixels, black and white, filled with sample fields.</source>
        <translation>Tel que le télécopieur du destinataire l&apos;imprime : %1 × %2 pixels de télécopie, noir et blanc, avec des champs d&apos;exemple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the recipient&apos;s fax machine prints it: %1 × %2 fax pixels, black and white.</source>
        <translation>Tel que le télécopieur du destinataire l&apos;imprime : %1 × %2 pixels de télécopie, noir et blanc.</translation>
    </message>
</context>
<context>
    <name>Fax::CoverPropertiesPanel</name>
    <message>
        <location filename="../ui/covereditor/coverpropertiespanel.cpp" line="+52"/>
        <source>Select an object to change how it looks. Double-click a text to edit it.</source>
        <translation>Sélectionnez un objet pour modifier son apparence. Double-cliquez sur un texte pour le modifier.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> in</source>
        <translation> po</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the template list</source>
        <translation>Pour la liste des modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre (8,5 × 11 po)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+254"/>
        <source>Position and Size</source>
        <translation>Position et taille</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>&amp;Left:</source>
        <translation>&amp;Gauche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;p:</source>
        <translation>&amp;Haut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>H&amp;auteur :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields from the Insert menu appear as {recipient.name}; they are filled in for each recipient.</source>
        <translation>Les champs du menu Insertion apparaissent sous la forme {recipient.name} ; ils sont remplis pour chaque destinataire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+82"/>
        <location line="+8"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Justified</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <location line="+1"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+92"/>
        <location line="+1"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Shrink long text to fit</source>
        <translation>Réduire le texte long pour qu&apos;il tienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that does not fit its box gets smaller, down to the smallest size; the cover page stays one page.</source>
        <translation>Un texte qui ne tient pas dans sa zone est réduit, jusqu&apos;à la plus petite taille ; la page de garde reste sur une page.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Font:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style:</source>
        <translation>Style :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align:</source>
        <translation>&amp;Alignement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vertical:</source>
        <translation>&amp;Vertical :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smallest size:</source>
        <translation>Plus petite &amp;taille :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Font</source>
        <translation>Changer la police</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Font Size</source>
        <translation>Changer la taille de police</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Align Text</source>
        <translation>Aligner le texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text Colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shrink to Fit</source>
        <translation>Réduire pour ajuster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smallest Size</source>
        <translation>Plus petite taille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line and Fill</source>
        <translation>Ligne et remplissage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No line</source>
        <translation>Sans ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gray shading</source>
        <translation>Trame grise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line &amp;width:</source>
        <translation>&amp;Épaisseur du trait :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line c&amp;olour:</source>
        <translation>C&amp;ouleur du trait :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ill:</source>
        <translation>Remp&amp;lissage :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rounded corners:</source>
        <translation>Coins a&amp;rrondis :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line Width</source>
        <translation>Épaisseur du trait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line Colour</source>
        <translation>Couleur du trait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rounded Corners</source>
        <translation>Coins arrondis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep proportions</source>
        <translation>&amp;Conserver les proportions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace Ima&amp;ge…</source>
        <translation>Remplacer l&apos;ima&amp;ge…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep Proportions</source>
        <translation>Conserver les proportions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When Fields Are Empty</source>
        <translation>Quand les champs sont vides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide when its fields are empty</source>
        <translation>&amp;Masquer quand ses champs sont vides</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objects with the same block name are hidden together, e.g. a label with the field next to it.</source>
        <translation>Les objets portant le même nom de bloc sont masqués ensemble, par exemple un libellé et le champ à côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects with the same block hide together when all their fields are empty.</source>
        <translation>Les objets d&apos;un même bloc sont masqués ensemble quand tous leurs champs sont vides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bl&amp;ock:</source>
        <translation>Bl&amp;oc :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide When Empty</source>
        <translation>Masquer si vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Page Settings</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Other (%1 × %2 mm)</source>
        <translation>Autre (%1 × %2 mm)</translation>
    </message>
</context>
<context>
    <name>Fax::CoverScene</name>
    <message>
        <location filename="../ui/covereditor/coverscene.cpp" line="+198"/>
        <source>Move Object</source>
        <translation>Déplacer l&apos;objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move Objects</source>
        <translation>Déplacer les objets</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Object</source>
        <translation>Supprimer l&apos;objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete Objects</source>
        <translation>Supprimer les objets</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Resize Object</source>
        <translation>Redimensionner l&apos;objet</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add Text</source>
        <translation>Ajouter un texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Rectangle</source>
        <translation>Ajouter un rectangle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Ellipse</source>
        <translation>Ajouter une ellipse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add Polygon</source>
        <translation>Ajouter un polygone</translation>
    </message>
</context>
<context>
    <name>Fax::CoverTemplateDialog</name>
    <message>
        <location filename="../ui/covereditor/covertemplatedialog.cpp" line="+40"/>
        <source>New Cover Page from Template</source>
        <translation>Nouvelle page de garde à partir d&apos;un modèle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Blank A4</source>
        <translation>A4 vierge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank Letter</source>
        <translation>Lettre vierge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty A4 page.</source>
        <translation>Une page A4 vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty US Letter page.</source>
        <translation>Une page US Letter vide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal: %1</source>
        <translation>Personnelle : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start from a template, or from an empty page:</source>
        <translation>Partez d&apos;un modèle ou d&apos;une page vide :</translation>
    </message>
</context>
<context>
    <name>Fax::CsvImportDialog</name>
    <message>
        <location filename="../ui/addressbook/csvimportdialog.cpp" line="+27"/>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertical bar (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character set</source>
        <translation>Jeu de caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;haracter set:</source>
        <translation>&amp;Jeu de caractères :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First row</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fax Number</source>
        <translation>Numéro de télécopie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Courrier électronique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose which field each column fills:</source>
        <translation>Choisissez le champ que remplit chaque colonne :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the first contacts:</source>
        <translation>Aperçu des premiers contacts :</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Field for column %1</source>
        <translation>Champ pour la colonne %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Contacts to import: %1.</source>
        <translation>Contacts à importer : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a fax number: %1.</source>
        <translation>Sans numéro de télécopie : %1.</translation>
    </message>
</context>
<context>
    <name>Fax::DetailsPane</name>
    <message>
        <location filename="../ui/detailspane.cpp" line="+16"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Fax::DocumentsPage</name>
    <message>
        <location filename="../ui/wizard/documentspage.cpp" line="+33"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The documents to fax, in the order they are sent: PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or plain text. Drop files here to add them.</source>
        <translation>Les documents à envoyer par télécopie, dans l&apos;ordre d&apos;envoi : PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF ou texte brut. Déposez des fichiers ici pour les ajouter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Add Document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.ps *.eps *.tif *.tiff *.png *.jpg *.jpeg *.bmp *.gif *.txt);;All files (*)</source>
        <translation>Documents (*.pdf *.ps *.eps *.tif *.tiff *.png *.jpg *.jpeg *.bmp *.gif *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no such file</source>
        <translation>%1 : ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file cannot be read</source>
        <translation>%1 : le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a document that can be faxed (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or UTF-8 text)</source>
        <translation>%1 : ce n&apos;est pas un document pouvant être envoyé par télécopie (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF ou texte UTF-8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (checking…)</source>
        <translation>%1 (vérification…)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (1 page)</source>
        <translation>%1 (1 page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 pages)</source>
        <translation>%1 (%2 pages)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add at least one document to fax.</source>
        <translation>Ajoutez au moins un document à envoyer par télécopie.</translation>
    </message>
</context>
<context>
    <name>Fax::FaxItemActions</name>
    <message>
        <location filename="../ui/faxitemactions.cpp" line="+79"/>
        <source>The console is not connected to a fax server.</source>
        <translation>La console n&apos;est connectée à aucun serveur de télécopie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Job %1 has no documents to show (only a cover page)</source>
        <translation>La tâche %1 n&apos;a aucun document à afficher (seulement une page de garde)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot open the fax</source>
        <translation>Impossible d&apos;ouvrir la télécopie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Fax as PDF</source>
        <translation>Enregistrer la télécopie en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cannot save the fax as PDF</source>
        <translation>Impossible d&apos;enregistrer la télécopie en PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fax was saved as %1</source>
        <translation>La télécopie a été enregistrée sous %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Cannot print the fax</source>
        <translation>Impossible d&apos;imprimer la télécopie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Transmission Report</source>
        <translation>Enregistrer le rapport de transmission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Reception Report</source>
        <translation>Enregistrer le rapport de réception</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the report</source>
        <translation>Impossible d&apos;écrire le rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was saved as %1</source>
        <translation>Le rapport a été enregistré sous %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot send job %1 again</source>
        <translation>Impossible de renvoyer la tâche %1</translation>
    </message>
    <message>
        <location filename="../ui/transmissionreport.cpp" line="+44"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transmission Report</source>
        <translation>Rapport de transmission</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Fax number</source>
        <translation>Numéro de télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Reception Report</source>
        <translation>Rapport de réception</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sender (TSID)</source>
        <translation>Expéditeur (TSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller ID</source>
        <translation>Identification de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our id (CSID)</source>
        <translation>Notre identifiant (CSID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 dpi</source>
        <translation>%1 × %2 ppp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in part: the call ended early</source>
        <translation>Reçue en partie : l&apos;appel s&apos;est terminé trop tôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the PDF cannot be started</source>
        <translation>le PDF ne peut pas être commencé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fax Console, %1</source>
        <translation>Fax Console, %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Page 1, reduced</source>
        <translation>Page 1, réduite</translation>
    </message>
</context>
<context>
    <name>Fax::FaxViewerWindow</name>
    <message>
        <location filename="../ui/viewer/faxviewerwindow.cpp" line="+67"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superfine</source>
        <translation>Superfine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal</source>
        <translation>Légal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B4</source>
        <translation>B4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 in</source>
        <translation>%1 × %2 po</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fax Viewer</source>
        <translation>Visionneuse de télécopies</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+473"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+303"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>No fax is open.</source>
        <translation>Aucune télécopie n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;Page</source>
        <translation>Ajuster à la &amp;page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate &amp;Left</source>
        <translation>Faire pivoter à &amp;gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate &amp;Right</source>
        <translation>Faire pivoter à &amp;droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;revious Page</source>
        <translation>Page p&amp;récédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First Page</source>
        <translation>Pre&amp;mière page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Last Page</source>
        <translation>&amp;Dernière page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewer toolbar</source>
        <translation>Barre d&apos;outils de la visionneuse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — Fax Viewer</source>
        <translation>%1 — Visionneuse de télécopies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no pages</source>
        <translation>%1 ne contient aucune page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This fax cannot be shown.

%1</source>
        <translation>Cette télécopie ne peut pas être affichée.

%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the fax</source>
        <translation>Impossible d&apos;ouvrir la télécopie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Fax File</source>
        <translation>Ouvrir un fichier de télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax files (*.tif *.tiff *.TIF *.TIFF);;All files (*)</source>
        <translation>Fichiers de télécopie (*.tif *.tiff *.TIF *.TIFF);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Page %1 of %2 — %3 %</source>
        <translation>Page %1 sur %2 — %3 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page %1 cannot be shown.

%2</source>
        <translation>La page %1 ne peut pas être affichée.

%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+9"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender (TSID)</source>
        <translation>Expéditeur (TSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller ID</source>
        <translation>Identification de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our id (CSID)</source>
        <translation>Notre identifiant (CSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No: the call ended before the fax was complete</source>
        <translation>Non : l&apos;appel s&apos;est terminé avant que la télécopie soit complète</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 × %3 dpi)</source>
        <translation>%1 (%2 × %3 ppp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save Fax as PDF</source>
        <translation>Enregistrer la télécopie en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the fax as PDF</source>
        <translation>Impossible d&apos;enregistrer la télécopie en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as %1</source>
        <translation>Enregistrée sous %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot print the fax</source>
        <translation>Impossible d&apos;imprimer la télécopie</translation>
    </message>
</context>
<context>
    <name>Fax::FolderPanel</name>
    <message>
        <location filename="../ui/folderpanel.cpp" line="+62"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fax</source>
        <translation>Télécopie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent Items</source>
        <translation>Éléments envoyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity Log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Fax::GroupsDialog</name>
    <message>
        <location filename="../ui/addressbook/groupsdialog.cpp" line="+22"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members…</source>
        <translation>&amp;Membres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A group sends one fax to each of its members.</source>
        <translation>Un groupe envoie une télécopie à chacun de ses membres.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Group name:</source>
        <translation>Nom du groupe :</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>New Group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Rename Group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Delete Group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete the group %1? Its contacts stay in the address book.</source>
        <translation>Supprimer le groupe %1 ? Ses contacts restent dans le carnet d&apos;adresses.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tick the contacts that belong to %1:</source>
        <translation>Cochez les contacts qui font partie de %1 :</translation>
    </message>
</context>
<context>
    <name>Fax::InboxPanel</name>
    <message numerus="yes">
        <location filename="../ui/inboxpanel.cpp" line="+104"/>
        <source>%n faxes selected</source>
        <translation>
            <numerusform>%n télécopie sélectionnée</numerusform>
            <numerusform>%n télécopies sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax from %1</source>
        <translation>Télécopie — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown sender</source>
        <translation>expéditeur inconnu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender (TSID)</source>
        <translation>Expéditeur (TSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller ID</source>
        <translation>Identification de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our id (CSID)</source>
        <translation>Notre identifiant (CSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the call ended early)</source>
        <translation>%1 (l&apos;appel s&apos;est terminé trop tôt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 × %2 dpi</source>
        <translation>%1 × %2 ppp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Non lue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>Fax::JobListPanel</name>
    <message numerus="yes">
        <location filename="../ui/joblistpanel.cpp" line="+201"/>
        <source>%n jobs selected</source>
        <translation>
            <numerusform>%n tâche sélectionnée</numerusform>
            <numerusform>%n tâches sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 to %2</source>
        <translation>Tâche %1 vers %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax number</source>
        <translation>Numéro de télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing code</source>
        <translation>Code de facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot pause job %1</source>
        <translation>Impossible de suspendre la tâche %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot resume job %1</source>
        <translation>Impossible de reprendre la tâche %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot cancel job %1</source>
        <translation>Impossible d&apos;annuler la tâche %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot restart job %1</source>
        <translation>Impossible de redémarrer la tâche %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>Job %1 to %2: %3</source>
        <translation>Tâche %1 vers %2 : %3</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete job %1 to %2?</source>
        <translation>Supprimer la tâche %1 vers %2 ?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n jobs?</source>
        <translation>
            <numerusform>Supprimer %n tâche ?</numerusform>
            <numerusform>Supprimer %n tâches ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete jobs</source>
        <translation>Supprimer les tâches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot delete job %1</source>
        <translation>Impossible de supprimer la tâche %1</translation>
    </message>
</context>
<context>
    <name>Fax::JobQueueModel</name>
    <message>
        <location filename="../models/jobqueuemodel.cpp" line="+133"/>
        <source>Job %1: %2</source>
        <translation>Tâche %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port: %1</source>
        <translation>Port : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative : %1</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Job %1, %2</source>
        <translation>Tâche %1, %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended status</source>
        <translation>État détaillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>Fax::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+234"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the local fax engine or a HylaFAX server</source>
        <translation>Se connecter au moteur de télécopie local ou à un serveur HylaFAX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Fax File…</source>
        <translation>&amp;Ouvrir un fichier de télécopie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a fax TIFF file in the Fax Viewer</source>
        <translation>Ouvrir un fichier TIFF de télécopie dans la visionneuse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the folder shown</source>
        <translation>Rechercher dans le dossier affiché</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Details Pane</source>
        <translation>Volet des &amp;détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fax &amp;Server Settings…</source>
        <translation>Paramètres du &amp;serveur de télécopie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the settings of the fax server</source>
        <translation>Modifier les paramètres du serveur de télécopie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover Page &amp;Editor…</source>
        <translation>Éditeur de pages de &amp;garde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design cover pages</source>
        <translation>Concevoir des pages de garde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address Book…</source>
        <translation>&amp;Carnet d&apos;adresses…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts and groups to send faxes to</source>
        <translation>Contacts et groupes auxquels envoyer des télécopies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Fax Console</source>
        <translation>À &amp;propos de Fax Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d&apos;outils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status Bar</source>
        <translation>Barre d&apos;ét&amp;at</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;ax</source>
        <translation>&amp;Télécopie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select an item to see its details.</source>
        <translation>Sélectionnez un élément pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to local engine — %1</source>
        <translation>Connecté au moteur local — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to local engine — %1</source>
        <translation>Connexion au moteur local — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to HylaFAX server %1</source>
        <translation>Connecté au serveur HylaFAX %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to HylaFAX server %1…</source>
        <translation>Connexion au serveur HylaFAX %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — Fax Console</source>
        <translation>%1 — Fax Console</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fax Console</source>
        <translation>Fax Console</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 job queued</source>
        <translation>1 tâche en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs queued</source>
        <translation>%1 tâches en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 item</source>
        <translation>1 élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fax Server Settings</source>
        <translation>Paramètres du serveur de télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console is not connected to a fax server.</source>
        <translation>La console n&apos;est connectée à aucun serveur de télécopie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Address Book</source>
        <translation>Carnet d&apos;adresses</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open Fax File</source>
        <translation>Ouvrir un fichier de télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax files (*.tif *.tiff *.TIF *.TIFF);;All files (*)</source>
        <translation>Fichiers de télécopie (*.tif *.tiff *.TIF *.TIFF);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 is no longer on the server.</source>
        <translation>La tâche %1 n&apos;est plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received fax</source>
        <translation>Télécopie reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fax is no longer on the server.</source>
        <translation>La télécopie n&apos;est plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>About Fax Console</source>
        <translation>À propos de Fax Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fax Console %1&lt;/h3&gt;&lt;p&gt;Send, receive and administer faxes on local modems or a HylaFAX server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fax Console %1&lt;/h3&gt;&lt;p&gt;Envoyez, recevez et administrez des télécopies sur des modems locaux ou un serveur HylaFAX.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Fax::OptionsPage</name>
    <message>
        <location filename="../ui/wizard/optionspage.cpp" line="+19"/>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;at:</source>
        <translation>Envoyer à l&apos;&amp;heure :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tell me by e-mail when the fax is sent or fails:</source>
        <translation>M&apos;a&amp;vertir par courrier électronique lorsque la télécopie est envoyée ou échoue :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How and when the fax is sent.</source>
        <translation>Comment et quand la télécopie est envoyée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard (204 × 98 dpi, fastest)</source>
        <translation>Standard (204 × 98 ppp, la plus rapide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine (204 × 196 dpi)</source>
        <translation>Fine (204 × 196 ppp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superfine (204 × 391 dpi, if the receiver has it)</source>
        <translation>Superfine (204 × 391 ppp, si le destinataire la prend en charge)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the &amp;discount period (%1 to %2)</source>
        <translation>Pendant la période à &amp;tarif réduit (%1 à %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send time</source>
        <translation>Heure d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your e-mail address (empty: the sender&apos;s)</source>
        <translation>Votre adresse de messagerie (vide : celle de l&apos;expéditeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification address</source>
        <translation>Adresse de notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
</context>
<context>
    <name>Fax::PortListModel</name>
    <message>
        <location filename="../models/portlistmodel.cpp" line="+53"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Sending page %1 of %2 to %3</source>
        <translation>Envoi de la page %1 sur %2 à %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialing %1</source>
        <translation>Numérotation de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Port %1, %2</source>
        <translation>Port %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rings</source>
        <translation>Sonneries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSID</source>
        <translation>CSID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Fax::PortListPanel</name>
    <message>
        <location filename="../ui/portlistpanel.cpp" line="+117"/>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not reported</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot answer on port %1</source>
        <translation>Impossible de répondre sur le port %1</translation>
    </message>
</context>
<context>
    <name>Fax::PortPropertiesDialog</name>
    <message>
        <location filename="../ui/settings/portpropertiesdialog.cpp" line="+21"/>
        <source>Port %1 Properties</source>
        <translation>Propriétés du port %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not shown: %1. %2.</source>
        <translation>Non affiché : %1. %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The port %1 is no longer on the server</source>
        <translation>Le port %1 n&apos;est plus sur le serveur</translation>
    </message>
</context>
<context>
    <name>Fax::PreviewPage</name>
    <message>
        <location filename="../ui/wizard/previewpage.cpp" line="+77"/>
        <location line="+88"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages exactly as they go on the line to the recipient chosen here. Finish sends the fax to every recipient.</source>
        <translation>Les pages exactement telles qu&apos;elles partent sur la ligne vers le destinataire choisi ici. Terminer envoie la télécopie à chaque destinataire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pages &amp;for:</source>
        <translation>Pages &amp;pour :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making the pages…</source>
        <translation>Création des pages…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Making the pages: %1 of %2…</source>
        <translation>Création des pages : %1 sur %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make Again</source>
        <translation>&amp;Régénérer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: no pages were made.</source>
        <translation>Arrêté : aucune page n&apos;a été créée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pages cannot be made: %1</source>
        <translation>Les pages ne peuvent pas être créées : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 page; about %1 to send at 14 400 bit/s.</source>
        <translation>1 page ; environ %1 pour l&apos;envoi à 14 400 bit/s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pages; about %2 to send at 14 400 bit/s.</source>
        <translation>%1 pages ; environ %2 pour l&apos;envoi à 14 400 bit/s.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>Fax::PrintToFax</name>
    <message>
        <location filename="../ui/printtofax.cpp" line="+35"/>
        <source>Printed to fax: %1</source>
        <translation>Imprimé vers la télécopie : %1</translation>
    </message>
</context>
<context>
    <name>Fax::ReceivedFaxModel</name>
    <message>
        <location filename="../models/receivedfaxmodel.cpp" line="+26"/>
        <source>%1 (partial)</source>
        <translation>%1 (partielle)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unread</source>
        <translation>Non lue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
The call ended before the fax was complete.</source>
        <translation>%1
L&apos;appel s&apos;est terminé avant que la télécopie soit complète.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender (TSID)</source>
        <translation>Expéditeur (TSID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller ID</source>
        <translation>Identification de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
</context>
<context>
    <name>Fax::RecipientsPage</name>
    <message>
        <location filename="../ui/wizard/recipientspage.cpp" line="+21"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address &amp;Book…</source>
        <translation>&amp;Carnet d&apos;adresses…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Who receives the fax: type a name and fax number and add them, or pick them from the address book. Each recipient gets a fax of their own.</source>
        <translation>Qui reçoit la télécopie : tapez un nom et un numéro de télécopie et ajoutez-les, ou choisissez-les dans le carnet d&apos;adresses. Chaque destinataire reçoit sa propre télécopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. +49 30 1234567</source>
        <translation>p. ex. +33 1 23 45 67 89</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fax number</source>
        <translation>Numéro de télécopie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fax number:</source>
        <translation>Numéro de &amp;télécopie :</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Type the recipient&apos;s fax number first.</source>
        <translation>Tapez d&apos;abord le numéro de télécopie du destinataire.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
</context>
<context>
    <name>Fax::SendFaxLauncher</name>
    <message>
        <location filename="../ui/wizard/sendfaxlauncher.cpp" line="+21"/>
        <source>&amp;New Fax…</source>
        <translation>&amp;Nouvelle télécopie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a fax with the Send Fax Wizard</source>
        <translation>Envoyer une télécopie avec l&apos;Assistant Envoi de télécopie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the console is not connected</source>
        <translation>la console n&apos;est pas connectée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fax server</source>
        <translation>le serveur de télécopie</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n document(s) to fax wait for the connection to %1</source>
        <translation>
            <numerusform>%n document à télécopier attend la connexion à %1</numerusform>
            <numerusform>%n documents à télécopier attendent la connexion à %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The console cannot reach %1: %2.

It keeps trying. The %n document(s) to fax are kept: the Send Fax Wizard opens with them as soon as the console is connected.</source>
        <translation>
            <numerusform>La console ne peut pas joindre %1 : %2.

Elle continue d&apos;essayer. Le document à télécopier (%n) est conservé : l&apos;Assistant Envoi de télécopie s&apos;ouvre avec lui dès que la console est connectée.</numerusform>
            <numerusform>La console ne peut pas joindre %1 : %2.

Elle continue d&apos;essayer. Les %n documents à télécopier sont conservés : l&apos;Assistant Envoi de télécopie s&apos;ouvre avec eux dès que la console est connectée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The console cannot connect to %1: %2.

The %n document(s) to fax are kept: the Send Fax Wizard opens with them as soon as the console is connected.

Try to connect again now?</source>
        <translation>
            <numerusform>La console ne peut pas se connecter à %1 : %2.

Le document à télécopier (%n) est conservé : l&apos;Assistant Envoi de télécopie s&apos;ouvre avec lui dès que la console est connectée.

Réessayer la connexion maintenant ?</numerusform>
            <numerusform>La console ne peut pas se connecter à %1 : %2.

Les %n documents à télécopier sont conservés : l&apos;Assistant Envoi de télécopie s&apos;ouvre avec eux dès que la console est connectée.

Réessayer la connexion maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot send a fax</source>
        <translation>Impossible d&apos;envoyer une télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console is not connected to a fax server.</source>
        <translation>La console n&apos;est pas connectée à un serveur de télécopie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fax queued as group %1: %2 job(s)</source>
        <translation>Télécopie mise en file d&apos;attente comme groupe %1 : %2 tâche(s)</translation>
    </message>
</context>
<context>
    <name>Fax::SendFaxWizard</name>
    <message>
        <location filename="../ui/wizard/sendfaxwizard.cpp" line="+40"/>
        <source>Send Fax</source>
        <translation>Envoyer une télécopie</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The console is not connected to a fax server.</source>
        <translation>La console n&apos;est pas connectée à un serveur de télécopie.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The fax is being queued</source>
        <translation>La télécopie est en cours de mise en file d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The fax to %n recipient(s) is being handed to the server. Close the wizard anyway?

The fax is still queued completely, for every recipient: the activity log says when it is, and the wizard comes back if the server refuses it.</source>
        <translation>
            <numerusform>La télécopie pour %n destinataire est en cours de transmission au serveur. Fermer l&apos;assistant quand même ?

La télécopie sera tout de même entièrement mise en file d&apos;attente, pour chaque destinataire : le journal d&apos;activité indique quand c&apos;est fait, et l&apos;assistant réapparaît si le serveur la refuse.</numerusform>
            <numerusform>La télécopie pour %n destinataires est en cours de transmission au serveur. Fermer l&apos;assistant quand même ?

La télécopie sera tout de même entièrement mise en file d&apos;attente, pour chaque destinataire : le journal d&apos;activité indique quand c&apos;est fait, et l&apos;assistant réapparaît si le serveur la refuse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot send the fax</source>
        <translation>Impossible d&apos;envoyer la télécopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fax was not queued: %1</source>
        <translation>La télécopie n&apos;a pas été mise en file d&apos;attente : %1</translation>
    </message>
</context>
<context>
    <name>Fax::SendHandoff</name>
    <message>
        <location filename="../ui/wizard/sendhandoff.cpp" line="+66"/>
        <source>another console of this user takes the files sent with --send</source>
        <translation>une autre console de cet utilisateur reçoit les fichiers envoyés avec --send</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no console is running: %1</source>
        <translation>aucune console n&apos;est en cours d&apos;exécution : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to another user</source>
        <translation>%1 appartient à un autre utilisateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the console did not answer</source>
        <translation>la console n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the console did not take the files</source>
        <translation>la console n&apos;a pas accepté les fichiers</translation>
    </message>
</context>
<context>
    <name>Fax::SenderPage</name>
    <message>
        <location filename="../ui/wizard/senderpage.cpp" line="+20"/>
        <source>Sender Information</source>
        <translation>Informations sur l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sends the fax, as the cover page and the recipient&apos;s records show it. It is remembered for your next fax.</source>
        <translation>Qui envoie la télécopie, tel que l&apos;indiquent la page de garde et les enregistrements du destinataire. Ces informations sont mémorisées pour votre prochaine télécopie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fax number:</source>
        <translation>Numéro de &amp;télécopie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Courrier électroni&amp;que :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company:</source>
        <translation>&amp;Société :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office location:</source>
        <translation>&amp;Bureau :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing code:</source>
        <translation>Code de f&amp;acturation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/&amp;province:</source>
        <translation>État/provin&amp;ce :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ZIP/postal code:</source>
        <translation>Code p&amp;ostal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys/région :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;phone:</source>
        <translation>Téléphone &amp;professionnel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home phone:</source>
        <translation>Téléphone personne&amp;l :</translation>
    </message>
</context>
<context>
    <name>Fax::ServerSettingsDialog</name>
    <message>
        <location filename="../ui/settings/serversettingsdialog.cpp" line="+15"/>
        <source>Fax Server Settings</source>
        <translation>Paramètres du serveur de télécopie</translation>
    </message>
</context>
<context>
    <name>Fax::SettingEditor</name>
    <message>
        <location filename="../ui/settings/settingeditor.cpp" line="+81"/>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+122"/>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Fax::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+28"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 cannot be written: %2</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture : %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The console is not connected to the fax server.</source>
        <translation>La console n&apos;est pas connectée au serveur de télécopie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These settings cannot be changed here: %1</source>
        <translation>Ces paramètres ne peuvent pas être modifiés ici : %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>there is no printer named &apos;%1&apos; on this computer (no printer is set up)</source>
        <translation>il n&apos;y a pas d&apos;imprimante nommée « %1 » sur cet ordinateur (aucune imprimante n&apos;est configurée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no printer named &apos;%1&apos; on this computer (printers: %2)</source>
        <translation>il n&apos;y a pas d&apos;imprimante nommée « %1 » sur cet ordinateur (imprimantes : %2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 (allowed: %3)</source>
        <translation>%1 : %2 (valeurs admises : %3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The settings were not saved</source>
        <translation>Les paramètres n&apos;ont pas été enregistrés</translation>
    </message>
</context>
<context>
    <name>Fax::SortMenu</name>
    <message>
        <location filename="../ui/sortmenu.cpp" line="+11"/>
        <source>S&amp;ort By</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Croissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
</context>
<context>
    <name>FaxCtl</name>
    <message>
        <location filename="../app/faxctl/modemcommands.cpp" line="+205"/>
        <source>The modem&apos;s serial device (required)</source>
        <translation>Le périphérique série du modem (obligatoire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fax class to drive the modem in (default auto: Class 1 when the modem has it, else 2.0, else 2)</source>
        <translation>Classe de télécopie dans laquelle piloter le modem (auto par défaut : Class 1 si le modem la possède, sinon 2.0, sinon 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial speed to the modem (default 115200)</source>
        <translation>Vitesse de la liaison série avec le modem (115200 par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial flow control (default rtscts)</source>
        <translation>Contrôle de flux série (rtscts par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the UUCP lock files (default /var/lock)</source>
        <translation>Dossier des fichiers de verrouillage UUCP (/var/lock par défaut)</translation>
    </message>
    <message>
        <location filename="../app/faxctl/jobcommands.cpp" line="+137"/>
        <source>Queue documents as a fax to one or more recipients</source>
        <translation>Mettre des documents en file d&apos;attente comme télécopie pour un ou plusieurs destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues FILE... as one fax for each --to number; the jobs of one submission share a group. Prints the new job ids, one per line (--json: {&quot;jobs&quot;:[ids],&quot;group&quot;:id}). --name and --company given once apply to every recipient, given once per --to they pair up in order.</source>
        <translation>Met FILE... en file d&apos;attente comme une télécopie pour chaque numéro --to ; les tâches d&apos;une même soumission partagent un groupe. Affiche les numéros des nouvelles tâches, un par ligne (--json : {&quot;jobs&quot;:[ids],&quot;group&quot;:id}). --name et --company donnés une fois s&apos;appliquent à chaque destinataire ; donnés une fois par --to, ils sont associés dans l&apos;ordre.</translation>
    </message>
    <message>
        <location filename="../app/faxctl/documentoptions.cpp" line="+23"/>
        <source>Recipient fax number (digits and + ( ) - . space); repeatable</source>
        <translation>Numéro de télécopie du destinataire (chiffres et + ( ) - . espace) ; peut être répété</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlformat.cpp" line="+132"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+3"/>
        <source>Recipient name</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+1"/>
        <source>Recipient company</source>
        <translation>Société du destinataire</translation>
    </message>
    <message>
        <location filename="../app/faxctl/documentoptions.cpp" line="+5"/>
        <source>Subject (cover page)</source>
        <translation>Objet (page de garde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (cover page)</source>
        <translation>Note (page de garde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover page: the name of a common or personal cover page (&apos;faxctl covers&apos; lists them) or a .coverpage file</source>
        <translation>Page de garde : le nom d&apos;une page de garde commune ou personnelle (&apos;faxctl covers&apos; les liste) ou un fichier .coverpage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sender e-mail address</source>
        <translation>Adresse électronique de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender office phone</source>
        <translation>Téléphone professionnel de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: give at least one recipient with --to NUMBER</source>
        <translation>%1 : indiquez au moins un destinataire avec --to NUMBER</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: --%2 is given %3 times for %4 recipients; give it once or once per --to</source>
        <translation>%1 : --%2 est donné %3 fois pour %4 destinataires ; donnez-le une fois ou une fois par --to</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--sender-email: &apos;%1&apos; is not an e-mail address</source>
        <translation>--sender-email : « %1 » n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: --cover and --no-cover exclude each other</source>
        <translation>%1 : --cover et --no-cover s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Send without a cover page</source>
        <translation>Envoyer sans page de garde</translation>
    </message>
    <message>
        <location filename="../app/faxctl/jobcommands.cpp" line="-20"/>
        <source>Send at YYYY-MM-DDTHH:MM, or at HH:MM (today, or tomorrow if that time has passed)</source>
        <translation>Envoyer à AAAA-MM-JJTHH:MM, ou à HH:MM (aujourd&apos;hui, ou demain si cette heure est passée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send in the discount period</source>
        <translation>Envoyer pendant la période à tarif réduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job priority</source>
        <translation>Priorité de la tâche</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlformat.cpp" line="+1"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+5"/>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+1"/>
        <source>Sender company</source>
        <translation>Société de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../app/faxctl/documentoptions.cpp" line="+1"/>
        <source>Sender fax number</source>
        <translation>Numéro de télécopie de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../app/faxctl/jobcommands.cpp" line="+5"/>
        <location filename="../app/faxctl/modemcommands.cpp" line="+26"/>
        <source>Station id to send (up to 20 digits, &apos;+&apos;, spaces)</source>
        <translation>Identifiant de poste à envoyer (jusqu&apos;à 20 chiffres, « + », espaces)</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlformat.cpp" line="+3"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+3"/>
        <source>Billing code</source>
        <translation>Code de facturation</translation>
    </message>
    <message>
        <location filename="../app/faxctl/jobcommands.cpp" line="+37"/>
        <source>List the jobs in the queue</source>
        <translation>Lister les tâches de la file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the jobs that are not finished yet; --all adds finished ones. --status shows only jobs with that status, finished or not.</source>
        <translation>Liste les tâches qui ne sont pas encore terminées ; --all ajoute celles qui le sont. --status n&apos;affiche que les tâches ayant cet état, terminées ou non.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include finished jobs</source>
        <translation>Inclure les tâches terminées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only jobs with this status (pending, paused, ...)</source>
        <translation>Seulement les tâches ayant cet état (pending, paused, ...)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show one job, or pause, resume, cancel, restart, remove it</source>
        <translation>Afficher une tâche, ou la suspendre, la reprendre, l&apos;annuler, la redémarrer, la supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without an action, shows every field of job ID. &apos;remove&apos; deletes a finished job from the server.</source>
        <translation>Sans action, affiche tous les champs de la tâche ID. « remove » supprime du serveur une tâche terminée.</translation>
    </message>
    <message>
        <location filename="../app/faxctl/admincommands.cpp" line="+55"/>
        <source>List the fax ports (modems)</source>
        <translation>Lister les ports de télécopie (modems)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists every port with its device, state and settings.</source>
        <translation>Liste chaque port avec son périphérique, son état et ses paramètres.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show, add, remove or configure a port</source>
        <translation>Afficher, ajouter, supprimer ou configurer un port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an action, shows the port&apos;s settings. &apos;add&apos; creates port NAME on serial device DEVICE, &apos;set&apos; changes its settings (the keys below). A bad key or value changes nothing.</source>
        <translation>Sans action, affiche les paramètres du port. « add » crée le port NAME sur le périphérique série DEVICE, « set » modifie ses paramètres (les clés ci-dessous). Une clé ou une valeur erronée ne modifie rien.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show or change the server settings</source>
        <translation>Afficher ou modifier les paramètres du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an action, lists every server setting as KEY=VALUE with a short description and what it accepts. &apos;set&apos; changes settings all or nothing.</source>
        <translation>Sans action, liste chaque paramètre du serveur sous la forme KEY=VALUE avec une courte description et les valeurs admises. « set » modifie les paramètres en bloc : tous ou aucun.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ports: unexpected argument &apos;%1&apos;</source>
        <translation>ports : argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No ports. Add one with &apos;faxctl port NAME add DEVICE&apos;.</source>
        <translation>Aucun port. Ajoutez-en un avec « faxctl port NAME add DEVICE ».</translation>
    </message>
    <message>
        <location filename="../app/faxctl/servecommand.cpp" line="+45"/>
        <source>Run the local engine in the foreground and dispatch jobs</source>
        <translation>Exécuter le moteur local au premier plan et distribuer les tâches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the local fax engine as the dispatcher (the process that sends queued jobs through the ports) until SIGINT or SIGTERM, printing job and port events as they happen (--json: one JSON object per line).</source>
        <translation>Exécute le moteur de télécopie local en tant que distributeur (le processus qui envoie les tâches en file d&apos;attente par les ports) jusqu&apos;à SIGINT ou SIGTERM, en affichant les événements des tâches et des ports au fur et à mesure (--json : un objet JSON par ligne).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>serve: unexpected argument &apos;%1&apos;</source>
        <translation>serve : argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>serve: cannot watch for SIGINT/SIGTERM: %1</source>
        <translation>serve : impossible de surveiller SIGINT/SIGTERM : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serve: another process already dispatches the jobs of %1 (it holds %2)</source>
        <translation>serve : un autre processus distribue déjà les tâches de %1 (il détient %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>serving %1 as the dispatcher (%2 jobs, %3 ports); stop with Ctrl+C</source>
        <translation>service de %1 en tant que distributeur (%2 tâches, %3 ports) ; arrêtez avec Ctrl+C</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>job %1 added: %2, to %3</source>
        <translation>tâche %1 ajoutée : %2, vers %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>job %1: %2</source>
        <translation>tâche %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job %1: %2 -&gt; %3</source>
        <translation>tâche %1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, page %1 of %2</source>
        <translation>, page %1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>job %1 removed</source>
        <translation>tâche %1 supprimée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port &apos;%1&apos; added on %2</source>
        <translation>port « %1 » ajouté sur %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port &apos;%1&apos;: %2</source>
        <translation>port « %1 » : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port &apos;%1&apos; removed</source>
        <translation>port « %1 » supprimé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server settings changed</source>
        <translation>paramètres du serveur modifiés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fax received from &apos;%1&apos; on %2: %3 pages, %4</source>
        <translation>télécopie reçue de « %1 » sur %2 : %3 pages, %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>stopped on %1</source>
        <translation>arrêté sur %1</translation>
    </message>
    <message>
        <location filename="../app/faxctl/imagingcommands.cpp" line="+236"/>
        <source>Convert documents into a fax TIFF, without sending</source>
        <translation>Convertir des documents en TIFF de télécopie, sans les envoyer</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The fax TIFF to write (required)</source>
        <translation>Le TIFF de télécopie à écrire (obligatoire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertical resolution: 98, 196 or 391 lines per inch (default fine)</source>
        <translation>Résolution verticale : 98, 196 ou 391 lignes par pouce (fine par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size (default a4)</source>
        <translation>Format du papier (a4 par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coding: T.4 1-D, T.4 2-D or T.6 (default mmr)</source>
        <translation>Codage : T.4 1-D, T.4 2-D ou T.6 (mmr par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How grey becomes black and white (default auto: dither photos, keep text crisp)</source>
        <translation>Comment le gris devient noir et blanc (auto par défaut : tramer les photos, garder le texte net)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not turn landscape pages to fit portrait paper</source>
        <translation>Ne pas faire pivoter les pages paysage pour le papier portrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header line on each page: %d date, %t time, %s TSID, %p page, %n pages, %% percent (&apos;default&apos; for the standard line)</source>
        <translation>Ligne d&apos;en-tête sur chaque page : %d date, %t heure, %s TSID, %p page, %n pages, %% pour cent (&apos;default&apos; pour la ligne standard)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station id for the branding line and the file&apos;s properties</source>
        <translation>Identifiant de poste pour la ligne d&apos;en-tête et les propriétés du fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Processes that render PDF pages (default 2 on a machine with two or more cores, else 1; the output is the same)</source>
        <translation>Processus qui rendent les pages PDF (2 par défaut sur une machine à deux cœurs ou plus, sinon 1 ; le résultat est identique)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No progress on stderr</source>
        <translation>Pas de progression sur stderr</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Show the properties and pages of a fax TIFF</source>
        <translation>Afficher les propriétés et les pages d&apos;un TIFF de télécopie</translation>
    </message>
    <message>
        <location filename="../app/faxctl/modemcommands.cpp" line="-15"/>
        <source>Send documents now through a local modem, in the foreground</source>
        <translation>Envoyer des documents maintenant par un modem local, au premier plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renders FILE... like &apos;convert&apos;, takes the modem on DEV (UUCP-locked; a port in use fails naming the holder&apos;s PID), dials NUMBER and sends the pages with the Class 1, 2 or 2.0 driver (--class), without the queue or a server. Progress (dialling, remote id, negotiated rate, compression and ECM, page n of m sent and confirmed) goes to stderr, the outcome to stdout (--json: an object). SIGINT or SIGTERM hangs up and fails. Exit 0 only when the far end confirmed every page.</source>
        <translation>Rend FILE... comme « convert », prend le modem sur DEV (verrou UUCP ; un port occupé échoue en nommant le PID de son détenteur), compose NUMBER et envoie les pages avec le pilote Class 1, 2 ou 2.0 (--class), sans file d&apos;attente ni serveur. La progression (numérotation, identifiant distant, débit négocié, compression et ECM, page n sur m envoyée et confirmée) va sur stderr, le résultat sur stdout (--json : un objet). SIGINT ou SIGTERM raccroche et échoue. Code de sortie 0 seulement si le correspondant a confirmé toutes les pages.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The number to dial (required)</source>
        <translation>Le numéro à composer (obligatoire)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vertical resolution (default fine)</source>
        <translation>Résolution verticale (fine par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not use error correction (ECM)</source>
        <translation>Ne pas utiliser la correction d&apos;erreurs (ECM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not use T.85 (JBIG) coding: MMR at best</source>
        <translation>Ne pas utiliser le codage T.85 (JBIG) : MMR au mieux</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wait for calls on a local modem and receive faxes</source>
        <translation>Attendre les appels sur un modem local et recevoir des télécopies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the modem on DEV (UUCP-locked; Class 1, 2 or 2.0 by --class), waits for a call, answers after N rings and receives the fax into a fax TIFF in DIR (with CSID, TSID, time and a partial flag when the call ended early), printing its path (--json: one object per call and line). Waits for the next call until SIGINT or SIGTERM, which hang up and fail; --once stops after one call and exits 0 only when it was received completely.</source>
        <translation>Prend le modem sur DEV (verrou UUCP ; Class 1, 2 ou 2.0 selon --class), attend un appel, répond après N sonneries et reçoit la télécopie dans un TIFF de télécopie dans DIR (avec CSID, TSID, heure et une marque « partielle » quand l&apos;appel s&apos;est terminé trop tôt), en affichant son chemin (--json : un objet par appel et par ligne). Attend l&apos;appel suivant jusqu&apos;à SIGINT ou SIGTERM, qui raccrochent et échouent ; --once s&apos;arrête après un appel et ne sort avec 0 que s&apos;il a été reçu complètement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answer after N rings (default 2)</source>
        <translation>Répondre après N sonneries (2 par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit after one call</source>
        <translation>Quitter après un appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the received faxes (default: the current one)</source>
        <translation>Dossier des télécopies reçues (par défaut : le dossier courant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station id to answer with (up to 20 digits, &apos;+&apos;, spaces)</source>
        <translation>Identifiant de poste pour répondre (jusqu&apos;à 20 chiffres, « + », espaces)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not offer error correction (ECM)</source>
        <translation>Ne pas proposer la correction d&apos;erreurs (ECM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not offer T.85 (JBIG) coding: MMR at best</source>
        <translation>Ne pas proposer le codage T.85 (JBIG) : MMR au mieux</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ask a local modem who it is and what fax classes it has</source>
        <translation>Demander à un modem local qui il est et quelles classes de télécopie il possède</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes the modem on DEV (UUCP-locked) and shows its manufacturer, model, revision, identification, fax classes, for Class 1 the carriers it transmits and receives, for Class 2/2.0 the capabilities it lists (+FCC=?/+FDCC=?) and the class faxctl would drive it in (--class, or what auto picks). Fails when nothing on DEV answers like a modem.</source>
        <translation>Prend le modem sur DEV (verrou UUCP) et affiche son fabricant, son modèle, sa révision, son identification, ses classes de télécopie, pour Class 1 les porteuses qu&apos;il émet et reçoit, pour Class 2/2.0 les capacités qu&apos;il annonce (+FCC=?/+FDCC=?) et la classe dans laquelle faxctl le piloterait (--class, ou le choix d&apos;auto). Échoue si rien sur DEV ne répond comme un modem.</translation>
    </message>
    <message>
        <location filename="../app/faxctl/faxctl.cpp" line="+60"/>
        <source>Show help for faxctl or one command</source>
        <translation>Afficher l&apos;aide de faxctl ou d&apos;une commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the commands, or the options of COMMAND.</source>
        <translation>Affiche les commandes, ou les options de COMMAND.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Server: local, local:DIR or hylafax://USER@HOST[:PORT] (default: $FAXCONSOLE_SERVER, else local)</source>
        <translation>Serveur : local, local:DIR ou hylafax://USER@HOST[:PORT] (par défaut : $FAXCONSOLE_SERVER, sinon local)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON for scripts</source>
        <translation>Écrire du JSON pour les scripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>option &apos;--server&apos; needs a value (URL)</source>
        <translation>l&apos;option « --server » attend une valeur (URL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+104"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+215"/>
        <source>unknown command &apos;%1&apos;; run &apos;faxctl help&apos; for the list of commands</source>
        <translation>commande inconnue « %1 » ; lancez « faxctl help » pour la liste des commandes</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>%1: &apos;%2&apos; is a HylaFAX server, which dispatches its own jobs; %1 runs only the local engine</source>
        <translation>%1 : « %2 » est un serveur HylaFAX, qui distribue ses propres tâches ; %1 n&apos;exécute que le moteur local</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>unknown option &apos;--%1&apos; for &apos;%2&apos;</source>
        <translation>option inconnue « --%1 » pour « %2 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>l&apos;option « --%1 » ne prend pas de valeur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation>l&apos;option « --%1 » attend une valeur (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option &apos;--%1&apos; is given more than once</source>
        <translation>l&apos;option « --%1 » est donnée plusieurs fois</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: faxctl [--server URL] [--json] COMMAND [ARGUMENTS...]</source>
        <translation>Utilisation : faxctl [--server URL] [--json] COMMAND [ARGUMENTS...]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends and manages faxes through the Fax Console engine or a HylaFAX server.</source>
        <translation>Envoie et gère des télécopies par le moteur de Fax Console ou un serveur HylaFAX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Global options:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server when --server is not given</source>
        <translation>Serveur quand --server n&apos;est pas donné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder of the local engine (queue.db, spool/)</source>
        <translation>Dossier de données du moteur local (queue.db, spool/)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for a HylaFAX server (otherwise the keyring or a prompt)</source>
        <translation>Mot de passe d&apos;un serveur HylaFAX (sinon le trousseau de clés ou une invite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;faxctl help COMMAND&apos; or &apos;faxctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez « faxctl help COMMAND » ou « faxctl COMMAND --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 the operation failed, 2 bad command line.</source>
        <translation>Code de sortie : 0 succès, 1 l&apos;opération a échoué, 2 ligne de commande erronée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: faxctl %1 %2</source>
        <translation>Utilisation : faxctl %1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys:</source>
        <translation>Clés :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common options:</source>
        <translation>Options communes :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;help&apos; takes at most one command name</source>
        <translation>« help » accepte au plus un nom de commande</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlcommand.cpp" line="+62"/>
        <source>the local fax engine in %1</source>
        <translation>le moteur de télécopie local dans %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the fax server %1</source>
        <translation>le serveur de télécopie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no answer within %1 seconds</source>
        <translation>aucune réponse en %1 secondes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password from the keyring: %1; set FAXCONSOLE_PASSWORD</source>
        <translation>aucun mot de passe provenant du trousseau de clés : %1 ; définissez FAXCONSOLE_PASSWORD</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run &apos;faxctl help %1&apos; for its usage.</source>
        <translation>Lancez « faxctl help %1 » pour son utilisation.</translation>
    </message>
    <message>
        <location filename="../app/faxctl/admincommands.cpp" line="+11"/>
        <location filename="../app/faxctl/modemcommands.cpp" line="+401"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="-118"/>
        <location filename="../app/faxctl/modemcommands.cpp" line="-19"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/faxctl/covercommands.cpp" line="+82"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEVICE</source>
        <translation>PÉRIPHÉRIQUE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEND</source>
        <translation>ENVOI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RECEIVE</source>
        <translation>RÉCEPTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl/ctlformat.cpp" line="-1"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="-14"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="-1"/>
        <source>CSID</source>
        <translation>CSID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RINGS</source>
        <translation>SONNERIES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRIORITY</source>
        <translation>PRIORITÉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODEM</source>
        <translation>MODEM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>port: give a port NAME</source>
        <translation>port : indiquez le NOM d&apos;un port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port: the port name is empty</source>
        <translation>port : le nom du port est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port %1 add: give the DEVICE of the modem</source>
        <translation>port %1 add : indiquez le périphérique (DEVICE) du modem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot add port &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ajouter le port « %1 » : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port &apos;%1&apos; added on %2.</source>
        <translation>Port « %1 » ajouté sur %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port: unknown action &apos;%1&apos; (use add, remove or set)</source>
        <translation>port : action inconnue « %1 » (utilisez add, remove ou set)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port %1 remove: unexpected argument &apos;%2&apos;</source>
        <translation>port %1 remove : argument inattendu « %2 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port %1 set: give at least one KEY=VALUE</source>
        <translation>port %1 set : indiquez au moins un KEY=VALUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port: unexpected argument &apos;%1&apos;</source>
        <translation>port : argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port &apos;%1&apos;: there is no such port</source>
        <translation>port « %1 » : ce port n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot remove port &apos;%1&apos;: %2</source>
        <translation>impossible de supprimer le port « %1 » : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port &apos;%1&apos; removed.</source>
        <translation>Port « %1 » supprimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot change port &apos;%1&apos;: %2</source>
        <translation>impossible de modifier le port « %1 » : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>settings get: give exactly one KEY</source>
        <translation>settings get : indiquez exactement une clé (KEY)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settings set: give at least one KEY=VALUE</source>
        <translation>settings set : indiquez au moins un KEY=VALUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settings: unknown action &apos;%1&apos; (use get or set)</source>
        <translation>settings : action inconnue « %1 » (utilisez get ou set)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot change the server settings: %1</source>
        <translation>impossible de modifier les paramètres du serveur : %1</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlformat.cpp" line="-17"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="+8"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device status</source>
        <translation>État du périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="-4"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="+468"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="+30"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient number</source>
        <translation>Numéro du destinataire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sender department</source>
        <translation>Service de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="-495"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../app/faxctl/imagingcommands.cpp" line="-83"/>
        <location filename="../app/faxctl/modemcommands.cpp" line="-701"/>
        <source>--%1: unknown value &apos;%2&apos; (allowed: %3)</source>
        <translation>--%1 : valeur inconnue « %2 » (valeurs admises : %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 x %2 (%3 x %4 mm)</source>
        <translation>%1 x %2 (%3 x %4 mm)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>received (by another fax program)</source>
        <translation>reçue (par un autre programme de télécopie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received (by %1)</source>
        <translation>reçue (par %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown (not written by Fax Console)</source>
        <translation>inconnu (non écrit par Fax Console)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller ID</source>
        <translation>Identification de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (the call ended early)</source>
        <translation>oui (l&apos;appel s&apos;est terminé trop tôt)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Subject stored in the file and shown on the cover page</source>
        <translation>Objet enregistré dans le fichier et affiché sur la page de garde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Longest one step may take: opening a document (all of Ghostscript for PostScript) or making a page (default 60; 0: no limit)</source>
        <translation>Durée maximale d&apos;une étape : ouvrir un document (tout Ghostscript pour PostScript) ou produire une page (60 par défaut ; 0 : sans limite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most memory the conversion and Ghostscript may allocate, in MiB (default 1024; 0: no limit)</source>
        <translation>Mémoire maximale que la conversion et Ghostscript peuvent allouer, en Mio (1024 par défaut ; 0 : sans limite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fax TIFF pages whose coded data is damaged: refuse them (default), or re-code the lines that decode and report what was lost</source>
        <translation>Pages TIFF de télécopie dont les données codées sont endommagées : les refuser (par défaut), ou recoder les lignes qui se décodent et signaler ce qui a été perdu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put this cover page first, filled in as &apos;submit&apos; would send it to the recipient of --to/--name/--company (FILE... may then be left out)</source>
        <translation>Placer cette page de garde en premier, remplie comme « submit » l&apos;enverrait au destinataire de --to/--name/--company (FILE... peut alors être omis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note on the cover page</source>
        <translation>Note sur la page de garde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renders FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or UTF-8 text, judged by content) into one multi-page fax TIFF (TIFF Class F) OUT.tif, the way &apos;submit&apos; would send them. Fax TIFF pages that already fit are decoded and checked, then stored unchanged; damaged ones are refused (or re-coded with --damaged recode). The conversion runs in a process of its own under a time limit per step and a memory limit: a document that exceeds one is refused, naming the file, the page and the limit. Shows progress on stderr and a summary on stdout (--json: an object with pages, passedThrough, workerPages, bytes, recoded and the pages of each file). On any error, and on SIGINT or SIGTERM (which stop it within a second), nothing is written and an existing OUT.tif is left as it was. Needs no display and no server.</source>
        <translation>Rend FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF ou texte UTF-8, identifiés par leur contenu) en un TIFF de télécopie multipage (TIFF Class F) OUT.tif, comme « submit » les enverrait. Les pages TIFF de télécopie déjà conformes sont décodées et vérifiées, puis conservées telles quelles ; les pages endommagées sont refusées (ou recodées avec --damaged recode). La conversion s&apos;exécute dans un processus distinct sous une limite de temps par étape et une limite de mémoire : un document qui en dépasse une est refusé, avec le nom du fichier, la page et la limite. Affiche la progression sur stderr et un résumé sur stdout (--json : un objet avec pages, passedThrough, workerPages, bytes, recoded et les pages de chaque fichier). En cas d&apos;erreur, et sur SIGINT ou SIGTERM (qui l&apos;arrêtent en moins d&apos;une seconde), rien n&apos;est écrit et un OUT.tif existant reste intact. Ne nécessite ni affichage ni serveur.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Shows what a fax TIFF says about itself (direction, CSID, TSID, caller ID, routing, port, sender, recipient, subject, job, time) and each page&apos;s size, resolution, compression and bad lines. A fax another fax server received (HylaFAX&apos;s recvq, spandsp) shows as received, with the sender&apos;s TSI. --verify also decodes every page with libtiff&apos;s decoder, counts its damage by kind (lines with invalid code words, lines of the wrong length, lines missing where the data ends early) and exits 1 when any page is damaged.</source>
        <translation>Affiche ce qu&apos;un TIFF de télécopie dit de lui-même (sens, CSID, TSID, identification de l&apos;appelant, acheminement, port, expéditeur, destinataire, objet, tâche, heure) ainsi que la taille, la résolution, la compression et les lignes erronées de chaque page. Une télécopie reçue par un autre serveur de télécopie (recvq de HylaFAX, spandsp) apparaît comme reçue, avec le TSI de l&apos;expéditeur. --verify décode aussi chaque page avec le décodeur de libtiff, compte ses dommages par type (lignes aux mots de code invalides, lignes de mauvaise longueur, lignes manquantes là où les données s&apos;arrêtent trop tôt) et sort avec 1 si une page est endommagée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decode every page and count its damage by kind</source>
        <translation>Décoder chaque page et compter ses dommages par type</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;convert&apos; needs at least one document to convert</source>
        <translation>« convert » a besoin d&apos;au moins un document à convertir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>convert: a cover page is filled in for one recipient: give --to once</source>
        <translation>convert : une page de garde est remplie pour un seul destinataire : donnez --to une seule fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>convert: --to, --name, --company and --note fill in a cover page: give --cover too</source>
        <translation>convert : --to, --name, --company et --note remplissent une page de garde : donnez aussi --cover</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;convert&apos; needs the file to write: -o OUT.tif</source>
        <translation>« convert » a besoin du fichier à écrire : -o OUT.tif</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--processes: &apos;%1&apos; is not 1 or 2</source>
        <translation>--processes : « %1 » n&apos;est ni 1 ni 2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1: &apos;%2&apos; is not 0 (no limit) or a number from %3 to %4</source>
        <translation>--%1 : « %2 » n&apos;est ni 0 (sans limite) ni un nombre de %3 à %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--damaged: unknown value &apos;%1&apos; (allowed: refuse, recode)</source>
        <translation>--damaged : valeur inconnue « %1 » (valeurs admises : refuse, recode)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--branding: the format is empty (use &apos;default&apos; for the standard line)</source>
        <translation>--branding : le format est vide (utilisez « default » pour la ligne standard)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot write the fax: it is a folder</source>
        <translation>%1 : impossible d&apos;écrire la télécopie : c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot write the fax: the folder %2 does not exist</source>
        <translation>%1 : impossible d&apos;écrire la télécopie : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write the fax: %2 is not a folder</source>
        <translation>%1 : impossible d&apos;écrire la télécopie : %2 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: page %2 of %3</source>
        <translation>%1 : page %2 sur %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot convert to %1: %2</source>
        <translation>impossible de convertir vers %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>faxctl: warning: %1</source>
        <translation>faxctl : avertissement : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the cover page first)</source>
        <translation> (la page de garde en premier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 stored unchanged)</source>
        <translation> (%1 conservées telles quelles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 bytes, %2, %3, %4</source>
        <translation>, %1 octets, %2, %3, %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;info&apos; takes exactly one fax TIFF</source>
        <translation>« info » attend exactement un TIFF de télécopie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a fax TIFF</source>
        <translation>%1 : est un dossier, pas un TIFF de télécopie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: page %2: damaged: %3</source>
        <translation>%1 : page %2 : endommagée : %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 x %2 dpi</source>
        <translation>%1 x %2 ppp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (at most %1 in a row)</source>
        <translation> (au plus %1 consécutives)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad lines</source>
        <translation>Lignes erronées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid codes</source>
        <translation>Codes invalides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong length</source>
        <translation>Mauvaise longueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing lines</source>
        <translation>Lignes manquantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../app/faxctl/jobcommands.cpp" line="-147"/>
        <source>document &apos;%1&apos; cannot be read: &apos;%2&apos; is not a folder</source>
        <translation>le document « %1 » ne peut pas être lu : « %2 » n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>document &apos;%1&apos; does not exist</source>
        <translation>le document « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document &apos;%1&apos; is a folder, not a file</source>
        <translation>le document « %1 » est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document &apos;%1&apos; is not a regular file</source>
        <translation>le document « %1 » n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>document &apos;%1&apos; cannot be read: %2</source>
        <translation>le document « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document &apos;%1&apos; is empty</source>
        <translation>le document « %1 » est vide</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--at: &apos;%1&apos; is not a time; use YYYY-MM-DDTHH:MM or HH:MM</source>
        <translation>--at : « %1 » n&apos;est pas une heure ; utilisez AAAA-MM-JJTHH:MM ou HH:MM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--at: %1 is in the past</source>
        <translation>--at : %1 est dans le passé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--tsid: &apos;%1&apos; is not a station id (up to 20 digits, &apos;+&apos; and spaces)</source>
        <translation>--tsid : « %1 » n&apos;est pas un identifiant de poste (jusqu&apos;à 20 chiffres, « + » et espaces)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vertical resolution of the pages (default fine)</source>
        <translation>Résolution verticale des pages (fine par défaut)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>submit: give at least one document FILE, or a --cover</source>
        <translation>submit : indiquez au moins un document FILE, ou un --cover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>submit: --at and --discount exclude each other</source>
        <translation>submit : --at et --discount s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--resolution: &apos;%1&apos; is not a resolution (use %2)</source>
        <translation>--resolution : « %1 » n&apos;est pas une résolution (utilisez %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--priority: &apos;%1&apos; is not a priority (use %2)</source>
        <translation>--priority : « %1 » n&apos;est pas une priorité (utilisez %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot submit the fax: %1</source>
        <translation>impossible de soumettre la télécopie : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>jobs: unexpected argument &apos;%1&apos;</source>
        <translation>jobs : argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--status: &apos;%1&apos; is not a job status (use %2)</source>
        <translation>--status : « %1 » n&apos;est pas un état de tâche (utilisez %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No jobs.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEVICE STATUS</source>
        <translation>ÉTAT DU PÉRIPHÉRIQUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECIPIENT</source>
        <translation>DESTINATAIRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAGES</source>
        <translation>PAGES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRIES</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUBMITTED</source>
        <translation>SOUMISE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a job id (a positive number)</source>
        <translation>« %1 » n&apos;est pas un numéro de tâche (un nombre positif)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>job %1: there is no such job</source>
        <translation>tâche %1 : cette tâche n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>job: give a job ID</source>
        <translation>job : indiquez un numéro de tâche (ID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job: unexpected argument &apos;%1&apos;</source>
        <translation>job : argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>paused</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed</source>
        <translation>reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restarted</source>
        <translation>redémarrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>job: unknown action &apos;%1&apos; (use pause, resume, cancel, restart or remove)</source>
        <translation>job : action inconnue « %1 » (utilisez pause, resume, cancel, restart ou remove)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>job %1: cannot %2: %3</source>
        <translation>tâche %1 : impossible de %2 : %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Job %1 %2; status: %3.</source>
        <translation>Tâche %1 %2 ; état : %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 %2.</source>
        <translation>Tâche %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/faxctl/modemcommands.cpp" line="+14"/>
        <source>--%1: &apos;%2&apos; is no station id (up to 20 digits, &apos;+&apos; and spaces)</source>
        <translation>--%1 : « %2 » n&apos;est pas un identifiant de poste (jusqu&apos;à 20 chiffres, « + » et espaces)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the modem&apos;s serial device is missing: --device DEV (e.g. /dev/ttyS0)</source>
        <translation>le périphérique série du modem manque : --device DEV (par exemple /dev/ttyS0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--speed: &apos;%1&apos; is no serial speed (bit/s, e.g. 19200 or 115200)</source>
        <translation>--speed : « %1 » n&apos;est pas une vitesse série (bit/s, par exemple 19200 ou 115200)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cannot tell the modem&apos;s fax class (%1): trying Class 1</source>
        <translation>impossible de déterminer la classe de télécopie du modem (%1) : essai en Class 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the modem on %1 is driven in fax Class %2 (chosen automatically)</source>
        <translation>le modem sur %1 est piloté en Class %2 (choisie automatiquement)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+565"/>
        <source>none reported</source>
        <translation>aucune annoncée</translation>
    </message>
    <message>
        <location line="-540"/>
        <source>ECM</source>
        <translation>ECM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ECM</source>
        <translation>sans ECM</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>&apos;send&apos; needs the number to dial: --to NUMBER</source>
        <translation>« send » a besoin du numéro à composer : --to NUMBER</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;send&apos; needs at least one document to send</source>
        <translation>« send » a besoin d&apos;au moins un document à envoyer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot send %1: no such file</source>
        <translation>impossible d&apos;envoyer %1 : fichier introuvable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create a working folder: %1</source>
        <translation>impossible de créer un dossier de travail : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>preparing %n document(s)</source>
        <translation>
            <numerusform>préparation de %n document</numerusform>
            <numerusform>préparation de %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s) to send</source>
        <translation>
            <numerusform>%n page à envoyer</numerusform>
            <numerusform>%n pages à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+186"/>
        <source>remote station id: %1</source>
        <translation>identifiant du poste distant : %1</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+186"/>
        <source>negotiated %1</source>
        <translation>négocié : %1</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>sending page %1 of %2 at %3</source>
        <translation>envoi de la page %1 sur %2 à %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page %1 of %2 confirmed</source>
        <translation>page %1 sur %2 confirmée</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 page(s) confirmed by %3%4: %5</source>
        <translation>%1 page(s) sur %2 confirmée(s) par %3%4 : %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+177"/>
        <source>T.30 result: %1</source>
        <translation>résultat T.30 : %1</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>sending to %1 stopped by %2; the modem on %3 has hung up</source>
        <translation>envoi vers %1 arrêté par %2 ; le modem sur %3 a raccroché</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fax to %1 was not sent completely (%2 of %3 page(s) confirmed): %4</source>
        <translation>la télécopie vers %1 n&apos;a pas été envoyée entièrement (%2 page(s) sur %3 confirmée(s)) : %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;receive&apos; takes no arguments (&apos;%1&apos;)</source>
        <translation>« receive » ne prend pas d&apos;arguments (« %1 »)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--rings: &apos;%1&apos; is no ring count (1 to 20)</source>
        <translation>--rings : « %1 » n&apos;est pas un nombre de sonneries (1 à 20)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the folder %1 for received faxes</source>
        <translation>impossible de créer le dossier %1 pour les télécopies reçues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write received faxes into %1: permission denied</source>
        <translation>impossible d&apos;écrire les télécopies reçues dans %1 : permission refusée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the modem on %1 does not take the fax init commands (not a modem, or no Class %2): %3</source>
        <translation>le modem sur %1 n&apos;accepte pas les commandes d&apos;initialisation de télécopie (pas un modem, ou pas de Class %2) : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>waiting for a call on %1 (answering after %n ring(s))</source>
        <translation>
            <numerusform>attente d&apos;un appel sur %1 (réponse après %n sonnerie)</numerusform>
            <numerusform>attente d&apos;un appel sur %1 (réponse après %n sonneries)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RING %1</source>
        <translation>RING %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RING %1 from %2</source>
        <translation>RING %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the caller hung up before we answered</source>
        <translation>l&apos;appelant a raccroché avant notre réponse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stopped by %1 while waiting for a call on %2</source>
        <translation>arrêté par %1 pendant l&apos;attente d&apos;un appel sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the modem port %1 closed while waiting for a call</source>
        <translation>le port du modem %1 s&apos;est fermé pendant l&apos;attente d&apos;un appel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answering</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a received page is unreadable, %1</source>
        <translation>une page reçue est illisible, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page %1: %2</source>
        <translation>page %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n page(s) received from %1</source>
        <translation>
            <numerusform>%n page reçue de %1</numerusform>
            <numerusform>%n pages reçues de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown station</source>
        <translation>un poste inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot store the received fax: %1</source>
        <translation>impossible d&apos;enregistrer la télécopie reçue : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receiving on %1 stopped by %2; the modem has hung up</source>
        <translation>réception sur %1 arrêtée par %2 ; le modem a raccroché</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the fax call on %1 did not complete</source>
        <translation>l&apos;appel de télécopie sur %1 n&apos;a pas abouti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;probe&apos; takes no arguments (&apos;%1&apos;)</source>
        <translation>« probe » ne prend pas d&apos;arguments (« %1 »)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>probing %1 stopped by %2</source>
        <translation>interrogation de %1 arrêtée par %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax classes</source>
        <translation>Classes de télécopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class 1</source>
        <translation>Class 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transmit carriers</source>
        <translation>Porteuses d&apos;émission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive carriers</source>
        <translation>Porteuses de réception</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Class 2.0</source>
        <translation>Class 2.0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class 2.0 capabilities</source>
        <translation>Capacités Class 2.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class 2</source>
        <translation>Class 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class 2 capabilities</source>
        <translation>Capacités Class 2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Class %1 (with --class auto)</source>
        <translation>Class %1 (avec --class auto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class %1</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the modem does not list Class %1</source>
        <translation>aucune : le modem n&apos;annonce pas la Class %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: faxctl needs a Class 1, 2.0 or 2 modem</source>
        <translation>aucune : faxctl a besoin d&apos;un modem Class 1, 2.0 ou 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driven in</source>
        <translation>Piloté en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../app/faxctl/covercommands.cpp" line="-57"/>
        <source>List the cover pages a fax can take by name</source>
        <translation>Lister les pages de garde qu&apos;une télécopie peut utiliser par leur nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the common cover pages (installed with Fax Console; with the server setting server-coverpage only these are accepted) and the personal ones (the covers folder in the local engine&apos;s data folder), with their names for &apos;submit --cover NAME&apos; and their files. The Cover Page Editor makes new ones (faxconsole --cover-editor).</source>
        <translation>Liste les pages de garde communes (installées avec Fax Console ; avec le paramètre de serveur server-coverpage, seules celles-ci sont acceptées) et personnelles (le dossier covers dans le dossier de données du moteur local), avec leur nom pour « submit --cover NAME » et leur fichier. L&apos;éditeur de pages de garde en crée de nouvelles (faxconsole --cover-editor).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>covers: unexpected argument &apos;%1&apos;</source>
        <translation>covers : argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>common</source>
        <translation>commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>personal</source>
        <translation>personnelle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No cover pages: none is installed, and %1 holds none.</source>
        <translation>Aucune page de garde : aucune n&apos;est installée et %1 n&apos;en contient aucune.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/faxctl/printercommands.cpp" line="+40"/>
        <source>Create, remove or show the &quot;Fax&quot; printer (CUPS)</source>
        <translation>Créer, supprimer ou afficher l&apos;imprimante « Fax » (CUPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;install&apos; creates the CUPS printer &quot;Fax&quot; (device faxconsole:/, enabled and accepting jobs, not shared): what any application prints to it opens the printing user&apos;s Send Fax Wizard with the document. It needs the faxconsole backend in CUPS&apos; backend folder (cmake --install does it) and a CUPS administrator (root or the lpadmin group). &apos;remove&apos; deletes the printer, &apos;status&apos; shows it. CUPS_SERVER chooses the CUPS server as for lp.</source>
        <translation>« install » crée l&apos;imprimante CUPS « Fax » (périphérique faxconsole:/, activée et acceptant les tâches, non partagée) : tout ce qu&apos;une application y imprime ouvre l&apos;Assistant Envoi de télécopie de l&apos;utilisateur qui imprime, avec le document. Elle nécessite le backend faxconsole dans le dossier des backends de CUPS (cmake --install s&apos;en charge) et un administrateur CUPS (root ou le groupe lpadmin). « remove » supprime l&apos;imprimante, « status » l&apos;affiche. CUPS_SERVER choisit le serveur CUPS comme pour lp.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 did not finish within a minute</source>
        <translation>%1 ne s&apos;est pas terminé en moins d&apos;une minute</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not allowed (%2); it needs a CUPS administrator: run it as root or as a member of the lpadmin group</source>
        <translation>%1 : non autorisé (%2) ; cela nécessite un administrateur CUPS : exécutez la commande en tant que root ou en tant que membre du groupe lpadmin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: CUPS is not running or not reachable (%2)</source>
        <translation>%1 : CUPS n&apos;est pas en cours d&apos;exécution ou n&apos;est pas joignable (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: CUPS has no faxconsole backend (%2); install Fax Console with cmake --install, which puts it into CUPS&apos; backend folder</source>
        <translation>%1 : CUPS n&apos;a pas de backend faxconsole (%2) ; installez Fax Console avec cmake --install, qui le place dans le dossier des backends de CUPS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the CUPS tool failed</source>
        <translation>l&apos;outil CUPS a échoué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the printer &quot;%1&quot;: its PPD file %2 is missing</source>
        <translation>Impossible de créer l&apos;imprimante « %1 » : son fichier PPD %2 est manquant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opens the Send Fax Wizard</source>
        <translation>Ouvre l&apos;Assistant Envoi de télécopie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the printer &quot;%1&quot;: CUPS is not installed (lpadmin is missing; install the Debian packages cups and cups-client)</source>
        <translation>Impossible de créer l&apos;imprimante « %1 » : CUPS n&apos;est pas installé (lpadmin est manquant ; installez les paquets Debian cups et cups-client)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the printer &quot;%1&quot;</source>
        <translation>Impossible de créer l&apos;imprimante « %1 »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printer &quot;%1&quot; installed: printing to it opens the Send Fax Wizard of the user who prints.</source>
        <translation>Imprimante « %1 » installée : imprimer vers celle-ci ouvre l&apos;Assistant Envoi de télécopie de l&apos;utilisateur qui imprime.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot remove the printer &quot;%1&quot;: CUPS is not installed (lpadmin is missing)</source>
        <translation>Impossible de supprimer l&apos;imprimante « %1 » : CUPS n&apos;est pas installé (lpadmin est manquant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove the printer &quot;%1&quot;</source>
        <translation>Impossible de supprimer l&apos;imprimante « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer &quot;%1&quot; removed.</source>
        <translation>Imprimante « %1 » supprimée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot show the printer &quot;%1&quot;: CUPS is not installed (lpstat is missing)</source>
        <translation>Impossible d&apos;afficher l&apos;imprimante « %1 » : CUPS n&apos;est pas installé (lpstat est manquant)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no printer &quot;%1&quot;: create it with &apos;faxctl printer install&apos;</source>
        <translation>Il n&apos;existe aucune imprimante « %1 » : créez-la avec « faxctl printer install »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot show the printer &quot;%1&quot;</source>
        <translation>Impossible d&apos;afficher l&apos;imprimante « %1 »</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printer &quot;%1&quot;: device %2%3</source>
        <translation>Imprimante « %1 » : périphérique %2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not Fax Console&apos;s backend)</source>
        <translation> (pas le backend de Fax Console)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepting jobs</source>
        <translation>Accepte les tâches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not accepting jobs</source>
        <translation>N&apos;accepte pas les tâches</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>printer: give one action: install, remove or status</source>
        <translation>printer : indiquez une action : install, remove ou status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>printer: unknown action &apos;%1&apos; (install, remove or status)</source>
        <translation>printer : action inconnue « %1 » (install, remove ou status)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/faxconsole_main.cpp" line="+68"/>
        <source>Send, receive and administer faxes on local modems or a HylaFAX server.</source>
        <translation>Envoyez, recevez et administrez des télécopies sur des modems locaux ou un serveur HylaFAX.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With --cover-editor: the cover page to open. With --send: the documents to fax.</source>
        <translation>Avec --cover-editor : la page de garde à ouvrir. Avec --send : les documents à envoyer par télécopie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use the local engine with its queue in &lt;dir&gt;.</source>
        <translation>Utiliser le moteur local avec sa file d&apos;attente dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to &lt;server&gt;: &apos;local&apos; or hylafax://USER@HOST[:PORT].</source>
        <translation>Se connecter à &lt;serveur&gt; : « local » ou hylafax://USER@HOST[:PORT].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &lt;file&gt; in the Fax Viewer alone.</source>
        <translation>Ouvrir &lt;fichier&gt; seul dans la visionneuse de télécopies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Fax Server Settings alone (for administrators), on the server the options choose.</source>
        <translation>Ouvrir seuls les paramètres du serveur de télécopie (pour les administrateurs), sur le serveur choisi par les options.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the Cover Page Editor alone (on [file] if given), without connecting to a server.</source>
        <translation>Ouvrir seul l&apos;éditeur de pages de garde (sur [file] s&apos;il est donné), sans se connecter à un serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the Send Fax Wizard with the files attached, in the console already running for you or in a new one.</source>
        <translation>Ouvrir l&apos;Assistant Envoi de télécopie avec les fichiers joints, dans la console déjà en cours d&apos;exécution pour vous ou dans une nouvelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the console in &lt;language&gt; (de, fr, en, ...) instead of the system&apos;s language.</source>
        <translation>Afficher la console en &lt;langue&gt; (de, fr, en, ...) au lieu de la langue du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; is not a language (try de, fr or en)</source>
        <translation>« %1 » n&apos;est pas une langue (essayez de, fr ou en)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--data-dir is for the local engine, not for %1</source>
        <translation>--data-dir concerne le moteur local, pas %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: there is no such file</source>
        <translation>%1 : ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot watch for SIGINT/SIGTERM: %1</source>
        <translation>impossible de surveiller SIGINT/SIGTERM : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopping on %1</source>
        <translation>arrêt sur %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>there is no translation for &apos;%1&apos;; English is used</source>
        <translation>il n&apos;y a pas de traduction pour « %1 » ; l&apos;anglais est utilisé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax Console</source>
        <translation>Fax Console</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>--send will not reach this console: %1</source>
        <translation>--send n&apos;atteindra pas cette console : %1</translation>
    </message>
</context>
</TS>
