<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Fax</name>
    <message>
        <location filename="../ui/connectionprofiles.cpp" line="+111"/>
        <source>Local engine</source>
        <translation>Lokaler Faxdienst</translation>
    </message>
    <message>
        <location filename="../models/modelformat.cpp" line="+24"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/connectionsettings.cpp" line="+35"/>
        <source>&apos;%1&apos; is not a server: use &apos;local&apos; or hylafax://USER@HOST[:PORT]</source>
        <translation>„%1“ ist kein Server: verwenden Sie „local“ oder hylafax://USER@HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos;: port %2 is out of range</source>
        <translation>„%1“: Port %2 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../engine/core/faxtypes.cpp" line="+30"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No line</source>
        <translation>Keine Leitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries exceeded</source>
        <translation>Wiederholungen überschritten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+54"/>
        <source>Initializing</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>Dialing</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Ringing</source>
        <translation>Klingeln</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dial tone</source>
        <translation>Kein Wählton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatal error</source>
        <translation>Schwerwiegender Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a fax call</source>
        <translation>Kein Faxanruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call delayed</source>
        <translation>Anruf verzögert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborting</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount period</source>
        <translation>Ermäßigter Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific time</source>
        <translation>Bestimmte Uhrzeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../engine/core/settingskeys.cpp" line="+40"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes or no</source>
        <translation>„yes“ oder „no“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time of day HH:MM</source>
        <translation>Uhrzeit HH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of: %1</source>
        <translation>einer der Werte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to 20 digits, &apos;+&apos; and spaces</source>
        <translation>bis zu 20 Ziffern, „+“ und Leerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absolute folder path, or empty</source>
        <translation>absoluter Ordnerpfad oder leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address, or empty</source>
        <translation>E-Mail-Adresse oder leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absolute device path</source>
        <translation>absoluter Gerätepfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to 10 digits, &apos;*&apos; and &apos;#&apos;, or empty</source>
        <translation>bis zu 10 Ziffern, „*“ und „#“ oder leer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>„%1“ ist weder „yes“ noch „no“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value has a line break</source>
        <translation>der Wert enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a time of day</source>
        <translation>„%1“ ist keine Uhrzeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>„%1“ ist keiner der zulässigen Werte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is longer than 20 characters</source>
        <translation>„%1“ ist länger als 20 Zeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>&apos;%1&apos; has the character &apos;%2&apos;</source>
        <translation>„%1“ enthält das Zeichen „%2“</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation>„%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not an absolute device path</source>
        <translation>„%1“ ist kein absoluter Gerätepfad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is longer than 10 characters</source>
        <translation>„%1“ ist länger als 10 Zeichen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Redials after the first attempt</source>
        <translation>Wahlwiederholungen nach dem ersten Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes between attempts</source>
        <translation>Minuten zwischen den Versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days after which failed jobs are removed (0: never)</source>
        <translation>Tage, nach denen fehlgeschlagene Aufträge entfernt werden (0: nie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header line on each sent page</source>
        <translation>Kopfzeile auf jeder gesendeten Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the port&apos;s TSID instead of the sender&apos;s</source>
        <translation>TSID des Anschlusses statt der des Absenders senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow only the server&apos;s cover pages</source>
        <translation>Nur Deckblätter des Servers zulassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a copy of each sent fax</source>
        <translation>Von jedem gesendeten Fax eine Kopie aufbewahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the copies of sent faxes (empty: &apos;archive&apos; in the engine&apos;s data folder)</source>
        <translation>Ordner für die Kopien gesendeter Faxe (leer: „archive“ im Datenordner des Faxdienstes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start of the discount period (local time)</source>
        <translation>Beginn des ermäßigten Tarifs (Ortszeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End of the discount period (local time)</source>
        <translation>Ende des ermäßigten Tarifs (Ortszeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold all outgoing jobs</source>
        <translation>Alle ausgehenden Aufträge zurückhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy received faxes into a folder</source>
        <translation>Empfangene Faxe in einen Ordner kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for received faxes</source>
        <translation>Ordner für empfangene Faxe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print received faxes</source>
        <translation>Empfangene Faxe drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer for received faxes (empty: default)</source>
        <translation>Drucker für empfangene Faxe (leer: Standarddrucker)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail received faxes</source>
        <translation>Empfangene Faxe per E-Mail senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address that receives the faxes by e-mail</source>
        <translation>Adresse, an die die Faxe per E-Mail gesendet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialled first to get an outside line, e.g. 0 or 9 (empty: none; not for numbers of up to 4 digits, which are extensions)</source>
        <translation>Amtskennziffer, die zuerst gewählt wird, um eine Amtsleitung zu erhalten, z. B. 0 oder 9 (leer: keine; nicht bei Nummern mit bis zu 4 Ziffern, da dies Nebenstellen sind)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country code of this line, e.g. 49 (empty: numbers written with &apos;+&apos; are always dialled as international)</source>
        <translation>Landesvorwahl dieser Leitung, z. B. 49 (leer: Nummern mit „+“ werden immer international gewählt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area code of this line without the long-distance prefix, e.g. 30</source>
        <translation>Ortsvorwahl dieser Leitung ohne Fernwahlpräfix, z. B. 30</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dialled before another area code of the country</source>
        <translation>Wird vor einer anderen Ortsvorwahl im Inland gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialled before a foreign country code</source>
        <translation>Wird vor einer ausländischen Landesvorwahl gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dial with pulses instead of tones</source>
        <translation>Impulswahl statt Tonwahl verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the port</source>
        <translation>Name des Anschlusses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial device of the modem</source>
        <translation>Serielles Gerät des Modems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modem maker, from the probe</source>
        <translation>Modemhersteller, laut Erkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modem model, from the probe</source>
        <translation>Modemmodell, laut Erkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rings before answering</source>
        <translation>Klingelzeichen bis zur Annahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station id sent when receiving</source>
        <translation>Beim Empfangen gesendete Stationskennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station id sent when sending</source>
        <translation>Beim Senden gesendete Stationskennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this port for sending</source>
        <translation>Diesen Anschluss zum Senden verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How calls are answered</source>
        <translation>Wie Anrufe angenommen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order of use for sending (1: first)</source>
        <translation>Reihenfolge beim Senden (1: zuerst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial speed to the modem in bit/s</source>
        <translation>Serielle Geschwindigkeit zum Modem in bit/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial flow control (rts-cts is the only one safe for receiving)</source>
        <translation>Serielle Flusskontrolle (nur rts-cts ist beim Empfangen sicher)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extra AT command sent after the modem&apos;s standard initialisation (empty: none)</source>
        <translation>Zusätzlicher AT-Befehl, der nach der Standardinitialisierung des Modems gesendet wird (leer: keiner)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fax service class to drive the modem in (auto: Class 1 when the modem has it, else 2.0, else 2)</source>
        <translation>Faxdienstklasse, in der das Modem betrieben wird (auto: Class 1, wenn das Modem sie bietet, sonst 2.0, sonst 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the line is doing</source>
        <translation>Was die Leitung gerade tut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail of the line&apos;s state</source>
        <translation>Details zum Zustand der Leitung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>setting &apos;%1&apos; is read-only</source>
        <translation>Einstellung „%1“ ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>setting &apos;%1&apos;: %2 (allowed: %3)</source>
        <translation>Einstellung „%1“: %2 (zulässig: %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown setting &apos;%1&apos; (known settings: %2)</source>
        <translation>Unbekannte Einstellung „%1“ (bekannte Einstellungen: %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>port &apos;%1&apos;: </source>
        <translation>Anschluss „%1“: </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&apos;%1&apos; is not KEY=VALUE (there is no &apos;=&apos;)</source>
        <translation>„%1“ hat nicht die Form KEY=VALUE (kein „=“ vorhanden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not KEY=VALUE (the key is missing)</source>
        <translation>„%1“ hat nicht die Form KEY=VALUE (der Schlüssel fehlt)</translation>
    </message>
    <message>
        <location filename="../engine/imaging/branding.cpp" line="+89"/>
        <source>branding: drawing text needs a QGuiApplication</source>
        <translation>Kopfzeile: Zum Zeichnen von Text wird eine QGuiApplication benötigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>branding: the page is not a fax image</source>
        <translation>Kopfzeile: Die Seite ist kein Faxbild</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentsource.cpp" line="+71"/>
        <location filename="../engine/imaging/pdfsource.cpp" line="+108"/>
        <location line="+24"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../engine/imaging/textsource.cpp" line="+136"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="+116"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: unsupported document format (supported: PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF and UTF-8 text)</source>
        <translation>%1: nicht unterstütztes Dokumentformat (unterstützt: PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF und UTF-8-Text)</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxcodec.cpp" line="+22"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="+252"/>
        <location filename="../engine/imaging/pdfsource.cpp" line="+17"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+36"/>
        <location line="+9"/>
        <source>fax encoder</source>
        <translation>Fax-Encoder</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+74"/>
        <location line="+9"/>
        <source>the page is not a bilevel fax image</source>
        <translation>die Seite ist kein Schwarzweiß-Faxbild</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>unexpected scan-line size</source>
        <translation>unerwartete Größe der Bildzeile</translation>
    </message>
    <message>
        <location filename="../engine/imaging/tiffhandle.cpp" line="+180"/>
        <source>no strip written</source>
        <translation>kein Streifen geschrieben</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxcodec.cpp" line="+31"/>
        <source>the image is %1 pixels wide, but %2 were agreed</source>
        <translation>das Bild ist %1 Pixel breit, vereinbart waren aber %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>fax data (%1, %2 bytes)</source>
        <translation>Faxdaten (%1, %2 Byte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported line width %1</source>
        <translation>nicht unterstützte Zeilenbreite %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../engine/imaging/jbigcodec.cpp" line="+124"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no coded scan line (no EOL found)</source>
        <translation>keine codierte Bildzeile (kein EOL gefunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines exceed the limit of %2</source>
        <translation>%1 Zeilen überschreiten die Grenze von %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+51"/>
        <source>out of memory for %1 lines</source>
        <translation>nicht genügend Speicher für %1 Zeilen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no decodable scan line: %1</source>
        <translation>keine decodierbare Bildzeile: %1</translation>
    </message>
    <message>
        <location filename="../engine/imaging/imagesource.cpp" line="+27"/>
        <location filename="../engine/imaging/pdfsource.cpp" line="-97"/>
        <location filename="../engine/imaging/textsource.cpp" line="-41"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="-59"/>
        <source>no such page</source>
        <translation>Seite nicht vorhanden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: not a readable picture (%2)</source>
        <translation>%1: kein lesbares Bild (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: page 1: absurd picture dimensions %2 x %3</source>
        <translation>%1: Seite 1: unsinnige Bildabmessungen %2 x %3</translation>
    </message>
    <message>
        <location filename="../engine/imaging/pdfsource.cpp" line="+4"/>
        <source>invalid page size %1 x %2 pt</source>
        <translation>ungültige Seitengröße %1 x %2 pt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the page could not be rendered</source>
        <translation>die Seite konnte nicht gerendert werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+13"/>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the PDF is encrypted (password protected); decrypt it first</source>
        <translation>%1: Die PDF-Datei ist verschlüsselt (kennwortgeschützt); entschlüsseln Sie sie zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a valid PDF (damaged or truncated)</source>
        <translation>keine gültige PDF-Datei (beschädigt oder unvollständig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF could not be loaded</source>
        <translation>die PDF-Datei konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="+66"/>
        <source>%1: the document has no pages</source>
        <translation>%1: Das Dokument hat keine Seiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: PostScript needs Ghostscript (gs), which is not installed</source>
        <translation>%1: PostScript erfordert Ghostscript (gs), das nicht installiert ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no temporary directory for the conversion</source>
        <translation>%1: kein temporäres Verzeichnis für die Konvertierung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: Ghostscript did not finish in 5 minutes</source>
        <translation>%1: Ghostscript wurde nicht innerhalb von 5 Minuten fertig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not valid PostScript (Ghostscript: %2)</source>
        <translation>%1: kein gültiges PostScript (Ghostscript: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <location filename="../engine/imaging/textsource.cpp" line="+33"/>
        <source>%1: text documents need fonts: create a QGuiApplication (offscreen is fine)</source>
        <translation>%1: Textdokumente benötigen Schriftarten: Erstellen Sie eine QGuiApplication (offscreen genügt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: text file too large for a fax</source>
        <translation>%1: Textdatei ist zu groß für ein Fax</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the document has no pages (empty text)</source>
        <translation>%1: Das Dokument hat keine Seiten (leerer Text)</translation>
    </message>
    <message>
        <location filename="../engine/modem/class1driver.cpp" line="+79"/>
        <source>The line to %1 was busy</source>
        <translation>Die Leitung zu %1 war besetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer</source>
        <translation>%1 hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No fax machine answered at %1 (NO CARRIER)</source>
        <translation>Unter %1 hat kein Faxgerät geantwortet (NO CARRIER)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dial tone on %1: is the modem connected to the phone line?</source>
        <translation>Kein Wählton an %1: Ist das Modem an die Telefonleitung angeschlossen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The modem on %1 refused to dial %2 (ERROR): check the number</source>
        <translation>Das Modem an %1 hat das Wählen von %2 abgelehnt (ERROR): Prüfen Sie die Nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The modem on %1 answered the dial command for %2 with %3</source>
        <translation>Das Modem an %1 hat den Wählbefehl für %2 mit %3 beantwortet</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../engine/modem/class2driver.cpp" line="+257"/>
        <source>initialising the modem on %1</source>
        <translation>Modem an %1 wird initialisiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../engine/modem/class2driver.cpp" line="+8"/>
        <source>&quot;%1&quot; is no number that can be dialled</source>
        <translation>„%1“ ist keine wählbare Nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../engine/modem/class2driver.cpp" line="+4"/>
        <source>dialling %1</source>
        <translation>%1 wird gewählt</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../engine/modem/class2driver.cpp" line="+14"/>
        <source>Sending stopped by the user while dialling %1</source>
        <translation>Senden beim Wählen von %1 vom Benutzer beendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../engine/modem/class2driver.cpp" line="+3"/>
        <source>No fax answered at %1 within %2 s (modem on %3: %4)</source>
        <translation>Unter %1 hat innerhalb von %2 s kein Fax geantwortet (Modem an %3: %4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../engine/modem/class2driver.cpp" line="+31"/>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../engine/modem/class2driver.cpp" line="+244"/>
        <source>The modem on %1 answered the call with %2 instead of a fax connection</source>
        <translation>Das Modem an %1 hat den Anruf mit %2 statt mit einer Faxverbindung beantwortet</translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../engine/modem/class2driver.cpp" line="-165"/>
        <source>No pages to send</source>
        <translation>Keine Seiten zu senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../engine/modem/class2driver.cpp" line="+12"/>
        <source>sending page %1 at %2</source>
        <translation>Seite %1 wird mit %2 gesendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../engine/modem/class2driver.cpp" line="+231"/>
        <source>received page %1</source>
        <translation>Seite %1 empfangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../engine/modem/class2driver.cpp" line="-193"/>
        <source>page %1 confirmed</source>
        <translation>Seite %1 bestätigt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The fax session on %1 stopped in state %2 without an outcome</source>
        <translation>Die Faxsitzung an %1 endete im Zustand %2 ohne Ergebnis</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Modem on %1 answered AT+FTH=3 with %2</source>
        <translation>Modem an %1 hat AT+FTH=3 mit %2 beantwortet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Modem on %1 answered the %2 frame with %3 instead of %4</source>
        <translation>Modem an %1 hat den %2-Rahmen mit %3 statt mit %4 beantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A final frame came before the end of a frame sequence</source>
        <translation>Ein letzter Rahmen kam vor dem Ende einer Rahmenfolge</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Modem on %1 ended the %2 data with %3</source>
        <translation>Modem an %1 hat die %2-Daten mit %3 beendet</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Modem on %1 answered AT+FRH=3 with ERROR %2 times: the call is lost</source>
        <translation>Modem an %1 hat AT+FRH=3 %2-mal mit ERROR beantwortet: Der Anruf ist verloren</translation>
    </message>
    <message>
        <location filename="../engine/queue/jobstore.cpp" line="+52"/>
        <source>%1 failed in the job database %2: %3</source>
        <translation>%1 fehlgeschlagen (Auftragsdatenbank %2): %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot use %1 as the fax data folder: it is a file, not a folder</source>
        <translation>%1 kann nicht als Faxdatenordner verwendet werden: Es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the fax data folder %1</source>
        <translation>Der Faxdatenordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the spool folder %1</source>
        <translation>Der Spool-Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Creating the tables</source>
        <translation>Anlegen der Tabellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database has schema version %1, this program knows only up to %2</source>
        <translation>die Datenbank hat die Schemaversion %1, dieses Programm kennt nur Versionen bis %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Updating the database from schema version %1 to %2</source>
        <translation>Die Datenbank wird von Schemaversion %1 auf %2 aktualisiert</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Updating the revision</source>
        <translation>Aktualisieren der Revision</translation>
    </message>
    <message>
        <location filename="../engine/queue/jobstore_config.cpp" line="+10"/>
        <source>Adding port %1</source>
        <translation>Hinzufügen von Anschluss %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A port named %1 already exists</source>
        <translation>Ein Anschluss namens %1 existiert bereits</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Updating port %1</source>
        <translation>Aktualisieren von Anschluss %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="+389"/>
        <source>There is no port named %1</source>
        <translation>Es gibt keinen Anschluss namens %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Removing port %1</source>
        <translation>Entfernen von Anschluss %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Port %1 cannot be removed while job %2 is being sent on it</source>
        <translation>Anschluss %1 kann nicht entfernt werden, solange Auftrag %2 darüber gesendet wird</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Forgetting old removals</source>
        <translation>Alte Löschvermerke vergessen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving the settings</source>
        <translation>Speichern der Einstellungen</translation>
    </message>
    <message>
        <location filename="../engine/queue/jobstore_jobs.cpp" line="+12"/>
        <source>Reading changes</source>
        <translation>Lesen der Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Storing the submission</source>
        <translation>Speichern der Übermittlung</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Updating jobs</source>
        <translation>Aktualisieren der Aufträge</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../engine/server/localfaxserver_jobs.cpp" line="+223"/>
        <source>There is no job %1</source>
        <translation>Es gibt keinen Auftrag %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Removing jobs</source>
        <translation>Entfernen der Aufträge</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job %1 cannot be removed while it is %2; cancel it first</source>
        <translation>Auftrag %1 kann im Status „%2“ nicht entfernt werden; brechen Sie ihn zuerst ab</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading the documents</source>
        <translation>Lesen der Dokumente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the spool folders</source>
        <translation>Lesen der Spool-Ordner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Storing a received fax</source>
        <translation>Speichern eines empfangenen Faxes</translation>
    </message>
    <message>
        <location filename="../engine/queue/scheduler.cpp" line="+111"/>
        <source>No fax port is configured.</source>
        <translation>Es ist kein Faxanschluss eingerichtet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 is not enabled for sending</source>
        <translation>Anschluss %1 ist nicht zum Senden aktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port %1 has no working line: %2</source>
        <translation>Anschluss %1 hat keine funktionierende Leitung: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No line can send: %1.</source>
        <translation>Keine Leitung kann senden: %1.</translation>
    </message>
    <message>
        <location filename="../engine/queue/spool.cpp" line="+67"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <location line="+16"/>
        <source>Cannot read the document %1: %2</source>
        <translation>Das Dokument %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Cannot create the spool folder %1: %2</source>
        <translation>Der Spool-Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create a folder in the spool folder %1: %2</source>
        <translation>Im Spool-Ordner %1 kann kein Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+66"/>
        <source>Cannot sync the spool folder %1: %2</source>
        <translation>Der Spool-Ordner %1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cannot write into the spool folder %1: %2</source>
        <translation>In den Spool-Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1 into the spool folder %2: %3</source>
        <translation>%1 kann nicht in den Spool-Ordner %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot sync %1: %2</source>
        <translation>%1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver.cpp" line="+32"/>
        <source>The local fax engine is not connected (data folder %1)</source>
        <translation>Der lokale Faxdienst ist nicht verbunden (Datenordner %1)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Retries must be between 0 and 99, not %1</source>
        <translation>Retries muss zwischen 0 und 99 liegen, nicht %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RetryDelay must be between 0 and 1440 minutes, not %1</source>
        <translation>RetryDelay muss zwischen 0 und 1440 Minuten liegen, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DirtyDays must be between 0 (never) and 3650 days, not %1</source>
        <translation>DirtyDays muss zwischen 0 (nie) und 3650 Tagen liegen, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DiscountRateStart is not a valid time</source>
        <translation>DiscountRateStart ist keine gültige Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DiscountRateEnd is not a valid time</source>
        <translation>DiscountRateEnd ist keine gültige Uhrzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ArchiveDirectory must be an absolute path, not %1</source>
        <translation>ArchiveDirectory muss ein absoluter Pfad sein, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The inbound routing folder is required when storing received faxes in a folder is on</source>
        <translation>Der Ordner für eingehende Faxe ist erforderlich, wenn das Speichern empfangener Faxe in einem Ordner aktiviert ist</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A port needs a name</source>
        <translation>Ein Anschluss benötigt einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="-116"/>
        <source>No process is dispatching fax jobs</source>
        <translation>Kein Prozess verteilt die Faxaufträge</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Port %1 cannot be removed while a call runs on it</source>
        <translation>Anschluss %1 kann nicht entfernt werden, solange darauf ein Anruf läuft</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_dispatcher.cpp" line="+94"/>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="+128"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Dialling %1 on port %2</source>
        <translation>%1 wird an Anschluss %2 gewählt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Job %1 was not sent on port %2: %3</source>
        <translation>Auftrag %1 wurde über Anschluss %2 nicht gesendet: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number is unknown</source>
        <translation>die Nummer ist unbekannt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The line on port %1 could not start the call</source>
        <translation>Die Leitung an Anschluss %1 konnte den Anruf nicht beginnen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The call on port %1 failed: %2</source>
        <translation>Der Anruf an Anschluss %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled while sending (%1)</source>
        <translation>Beim Senden abgebrochen (%1)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sent, but not archived: %1</source>
        <translation>Gesendet, aber nicht archiviert: %1</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_jobs.cpp" line="-169"/>
        <source>The fax has no recipient</source>
        <translation>Das Fax hat keinen Empfänger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient %1 has no fax number</source>
        <translation>Empfänger %1 hat keine Faxnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recipient %1: %2</source>
        <translation>Empfänger %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fax has neither a document nor a cover page</source>
        <translation>Das Fax hat weder ein Dokument noch ein Deckblatt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The fax is scheduled for a specific time but the time is not valid</source>
        <translation>Das Fax ist für eine bestimmte Uhrzeit geplant, aber die Uhrzeit ist ungültig</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Cannot %1 job %2: it is %3</source>
        <translation>Aktion „%1“ für Auftrag %2 nicht möglich: Status ist „%3“</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="-325"/>
        <source>Canceled. The call was interrupted; %1 of %2 pages were confirmed, delivery of the remaining pages is unconfirmed.</source>
        <translation>Abgebrochen. Der Anruf wurde unterbrochen; %1 von %2 Seiten wurden bestätigt, die Zustellung der übrigen Seiten ist unbestätigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The call on port %1 was interrupted before it finished; %2 of %3 pages were confirmed, delivery of the remaining pages is unconfirmed.</source>
        <translation>Der Anruf an Anschluss %1 wurde vor dem Ende unterbrochen; %2 von %3 Seiten wurden bestätigt, die Zustellung der übrigen Seiten ist unbestätigt.</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Stored in the Inbox</source>
        <translation>Im Posteingang gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not copied to a folder: no folder is set</source>
        <translation>nicht in einen Ordner kopiert: Es ist kein Ordner festgelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not copied to %1: the folder cannot be created</source>
        <translation>nicht nach %1 kopiert: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not copied to %1: %2</source>
        <translation>nicht nach %1 kopiert: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copied to %1</source>
        <translation>nach %1 kopiert</translation>
    </message>
    <message>
        <location filename="../engine/modem/class1line.cpp" line="+64"/>
        <source>Cannot create a working folder for job %1: %2</source>
        <translation>Für Auftrag %1 kann kein Arbeitsordner erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot create the folder %1 for received faxes</source>
        <translation>Der Ordner %1 für empfangene Faxe kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>page %1 could not be decoded (%2); </source>
        <translation>Seite %1 konnte nicht decodiert werden (%2); </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No received page could be decoded: %1</source>
        <translation>Keine empfangene Seite konnte decodiert werden: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the modem does not answer its initialisation: %1</source>
        <translation>das Modem antwortet nicht auf seine Initialisierung: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waiting for calls on %1</source>
        <translation>wartet auf Anrufe an %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for calls on %1 (fax Class %2)</source>
        <translation>wartet auf Anrufe an %1 (Fax-Class %2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>fax Class %1 chosen for the modem on %2</source>
        <translation>Fax-Class %1 für das Modem an %2 gewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fax class of the modem on %1 is not known yet: %2</source>
        <translation>die Faxklasse des Modems an %1 ist noch nicht bekannt: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 cannot use the modem on %2: %3</source>
        <translation>Anschluss %1 kann das Modem an %2 nicht verwenden: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>ringing (%1)</source>
        <translation>es klingelt (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the caller hung up before the call was answered</source>
        <translation>der Anrufer hat aufgelegt, bevor der Anruf angenommen wurde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>answering on %1</source>
        <translation>Anruf wird an %1 angenommen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>receiving page %1</source>
        <translation>Seite %1 wird empfangen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Received %1 pages from %2 on port %3</source>
        <translation>%1 Seiten von %2 an Anschluss %3 empfangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/server/inboundrouter.cpp" line="+65"/>
        <source>an unknown sender</source>
        <translation>einem unbekannten Absender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call received on port %1 failed: %2</source>
        <translation>Der an Anschluss %1 empfangene Anruf ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the received pages could not be stored: %1</source>
        <translation>die empfangenen Seiten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Port %1 is already in a call</source>
        <translation>An Anschluss %1 läuft bereits ein Anruf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>preparing job %1</source>
        <translation>Auftrag %1 wird vorbereitet</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No modem driver can run port %1: it has no serial device configured</source>
        <translation>Kein Modemtreiber kann Anschluss %1 betreiben: Es ist kein serielles Gerät eingestellt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port %1 cannot use the modem on %2: the device does not exist</source>
        <translation>Anschluss %1 kann das Modem an %2 nicht verwenden: Das Gerät existiert nicht</translation>
    </message>
    <message>
        <location filename="../engine/server/inboundrouter.cpp" line="+49"/>
        <source>Fax from %1, %2 page(s), port %3</source>
        <translation>Fax von %1, %2 Seite(n), Anschluss %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A fax was received on port %1.</source>
        <translation>An Anschluss %1 wurde ein Fax empfangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender (TSID): %1</source>
        <translation>Absender (TSID): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caller ID: %1</source>
        <translation>Anrufer-ID: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages: %1</source>
        <translation>Seiten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call ended early: pages may be missing.</source>
        <translation>Der Anruf endete vorzeitig: Möglicherweise fehlen Seiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fax is attached as a TIFF file.</source>
        <translation>Das Fax ist als TIFF-Datei angehängt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the default printer</source>
        <translation>dem Standarddrucker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fax from %1</source>
        <translation>Fax von %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not e-mailed: no address is set</source>
        <translation>nicht per E-Mail gesendet: Es ist keine Adresse festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the fax file %1 cannot be read: %2</source>
        <translation>die Faxdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the program %1 was not found (install it, or set %2 to its path)</source>
        <translation>das Programm %1 wurde nicht gefunden (installieren Sie es oder setzen Sie %2 auf seinen Pfad)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 wurde mit Code %2 beendet: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>printed on %1</source>
        <translation>auf %1 gedruckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not printed on %1: %2</source>
        <translation>nicht auf %1 gedruckt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mailed to %1</source>
        <translation>per E-Mail an %1 gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not e-mailed to %1: %2</source>
        <translation>nicht per E-Mail an %1 gesendet: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the engine stopped before %1 finished</source>
        <translation>der Faxdienst wurde beendet, bevor %1 fertig war</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="+17"/>
        <source>Port %1 is driven by another process (the one dispatching fax jobs); answer the call there</source>
        <translation>Anschluss %1 wird von einem anderen Prozess gesteuert (dem, der Faxaufträge verteilt); nehmen Sie den Anruf dort an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port %1 cannot answer: %2</source>
        <translation>Anschluss %1 kann nicht annehmen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No call is ringing on port %1</source>
        <translation>An Anschluss %1 klingelt kein Anruf</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>No driver can run this port</source>
        <translation>Kein Treiber kann diesen Anschluss betreiben</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../engine/core/dialingrules.cpp" line="+13"/>
        <source>The fax number &apos;%1&apos; cannot be dialled: %2</source>
        <translation>Die Faxnummer „%1“ kann nicht gewählt werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the number is empty</source>
        <translation>die Nummer ist leer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;+&apos; may only stand at the start</source>
        <translation>„+“ darf nur am Anfang stehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has the letter &apos;%1&apos; (write the digits the letters stand for)</source>
        <translation>sie enthält den Buchstaben „%1“ (schreiben Sie die Ziffern, für die die Buchstaben stehen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has the character &apos;%1&apos;</source>
        <translation>sie enthält das Zeichen „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no digits</source>
        <translation>sie enthält keine Ziffern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has only a country code</source>
        <translation>sie enthält nur eine Landesvorwahl</translation>
    </message>
    <message>
        <location filename="../engine/modem/class2driver_params.cpp" line="+96"/>
        <source>The modem on %1 answered AT+FCLASS=? with %2: it is no fax modem</source>
        <translation>Das Modem an %1 hat AT+FCLASS=? mit %2 beantwortet: Es ist kein Faxmodem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The modem on %1 offers no fax class this program drives (it lists %2; wanted 1, 2.0 or 2)</source>
        <translation>Das Modem an %1 bietet keine Faxklasse, die dieses Programm betreiben kann (es nennt %2; benötigt: 1, 2.0 oder 2)</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>normal end of the call</source>
        <translation>normales Ende des Anrufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring detected without a successful handshake</source>
        <translation>Klingeln erkannt, aber kein erfolgreicher Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call aborted (+FK or CAN)</source>
        <translation>Anruf abgebrochen (+FK oder CAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no loop current: is the modem connected to the phone line?</source>
        <translation>kein Schleifenstrom: Ist das Modem an die Telefonleitung angeschlossen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ringback detected, no answer</source>
        <translation>Freizeichen erkannt, keine Annahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ringback detected, answered without fax tone (CED)</source>
        <translation>Freizeichen erkannt, ohne Faxton (CED) angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in phase A</source>
        <translation>nicht näher bezeichneter Fehler in Phase A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer: no fax machine answered (T.30 T1 timeout)</source>
        <translation>keine Antwort: Kein Faxgerät hat geantwortet (T.30-T1-Zeitüberschreitung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in transmit phase B</source>
        <translation>nicht näher bezeichneter Fehler in Sendephase B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the far end cannot receive</source>
        <translation>die Gegenstelle kann nicht empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command error in transmit phase B (COMREC)</source>
        <translation>Befehlsfehler in Sendephase B (COMREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid command received in transmit phase B</source>
        <translation>ungültiger Befehl in Sendephase B empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response error in transmit phase B (RSPREC)</source>
        <translation>Antwortfehler in Sendephase B (RSPREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCS sent 3 times without response</source>
        <translation>DCS 3-mal ohne Antwort gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIS/DTC received 3 times: DCS not recognised</source>
        <translation>DIS/DTC 3-mal empfangen: DCS nicht erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure to train at 2400 bit/s or the minimum speed</source>
        <translation>Training bei 2400 bit/s bzw. der Mindestgeschwindigkeit fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response received in transmit phase B</source>
        <translation>ungültige Antwort in Sendephase B empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in transmit phase C</source>
        <translation>nicht näher bezeichneter Fehler in Sendephase C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified image format error</source>
        <translation>nicht näher bezeichneter Bildformatfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image conversion error</source>
        <translation>Fehler bei der Bildumwandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page data underflow from the computer to the modem</source>
        <translation>Unterlauf der Seitendaten vom Computer zum Modem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognised transparent data command</source>
        <translation>nicht erkannter Befehl für transparente Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image error: wrong line length</source>
        <translation>Bildfehler: falsche Zeilenlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image error: wrong page length</source>
        <translation>Bildfehler: falsche Seitenlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image error: wrong compression code</source>
        <translation>Bildfehler: falscher Komprimierungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in transmit phase D</source>
        <translation>nicht näher bezeichneter Fehler in Sendephase D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response error in transmit phase D (RSPREC)</source>
        <translation>Antwortfehler in Sendephase D (RSPREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response to MPS, repeated 3 times</source>
        <translation>keine Antwort auf MPS, 3-mal wiederholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response to MPS</source>
        <translation>ungültige Antwort auf MPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response to EOP, repeated 3 times</source>
        <translation>keine Antwort auf EOP, 3-mal wiederholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response to EOP</source>
        <translation>ungültige Antwort auf EOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response to EOM, repeated 3 times</source>
        <translation>keine Antwort auf EOM, 3-mal wiederholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response to EOM</source>
        <translation>ungültige Antwort auf EOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>unable to continue after PIN or PIP</source>
        <translation>Fortsetzen nach PIN oder PIP nicht möglich</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>unspecified error in receive phase B</source>
        <translation>nicht näher bezeichneter Fehler in Empfangsphase B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response error in receive phase B (RSPREC)</source>
        <translation>Antwortfehler in Empfangsphase B (RSPREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command error in receive phase B (COMREC)</source>
        <translation>Befehlsfehler in Empfangsphase B (COMREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T.30 T2 timeout: the expected page did not come</source>
        <translation>T.30-T2-Zeitüberschreitung: Die erwartete Seite kam nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T.30 T1 timeout after EOM</source>
        <translation>T.30-T1-Zeitüberschreitung nach EOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified error in receive phase C</source>
        <translation>nicht näher bezeichneter Fehler in Empfangsphase C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing EOL after 5 seconds</source>
        <translation>fehlendes EOL nach 5 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>bad CRC or frame (ECM)</source>
        <translation>fehlerhafte CRC oder fehlerhafter Rahmen (ECM)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>page data overflow from the modem to the computer</source>
        <translation>Überlauf der Seitendaten vom Modem zum Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unspecified error in receive phase D</source>
        <translation>nicht näher bezeichneter Fehler in Empfangsphase D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid response received in receive phase D (RSPREC)</source>
        <translation>ungültige Antwort in Empfangsphase D empfangen (RSPREC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid command received in receive phase D (COMREC)</source>
        <translation>ungültiger Befehl in Empfangsphase D empfangen (COMREC)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>error in phase A</source>
        <translation>Fehler in Phase A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in transmit phase B</source>
        <translation>Fehler in Sendephase B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in transmit phase C</source>
        <translation>Fehler in Sendephase C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in transmit phase D</source>
        <translation>Fehler in Sendephase D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in receive phase B</source>
        <translation>Fehler in Empfangsphase B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in receive phase C</source>
        <translation>Fehler in Empfangsphase C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error in receive phase D</source>
        <translation>Fehler in Empfangsphase D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hangup code the standard does not define</source>
        <translation>ein Auflegecode, den der Standard nicht definiert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The fax call to %1 on %2 ended with %3: %4</source>
        <translation>Der Faxanruf an %1 über %2 endete mit %3: %4</translation>
    </message>
    <message>
        <location filename="../engine/modem/class2driver.cpp" line="-292"/>
        <source>The modem on %1 does not do fax Class %2: it answered %3 with %4</source>
        <translation>Das Modem an %1 beherrscht Faxklasse %2 nicht: Es hat %3 mit %4 beantwortet</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The modem on %1 reported no fax connection to %2 (no %3)</source>
        <translation>Das Modem an %1 hat keine Faxverbindung zu %2 gemeldet (kein %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connected to %1 (%2)</source>
        <translation>verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The fax call to %1 on %2 ended after %3 confirmed pages before all were sent (%4)</source>
        <translation>Der Faxanruf an %1 über %2 endete nach %3 bestätigten Seiten, bevor alle gesendet waren (%4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Sending to %1 stopped by the user after %2 confirmed pages</source>
        <translation>Senden an %1 nach %2 bestätigten Seiten vom Benutzer beendet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Modem on %1 answered AT+FDT for page %2 with %3</source>
        <translation>Modem an %1 hat AT+FDT für Seite %2 mit %3 beantwortet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Modem on %1 ended the data of page %2 with %3</source>
        <translation>Modem an %1 hat die Daten von Seite %2 mit %3 abgeschlossen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Modem on %1 answered %2 for page %3 with %4</source>
        <translation>Modem an %1 hat %2 für Seite %3 mit %4 beantwortet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 rejected page %2 %3 times (RTN): the line is too poor</source>
        <translation>%1 hat Seite %2 %3-mal abgelehnt (RTN): Die Leitungsqualität ist zu schlecht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>page %1 rejected by %2, sending it again</source>
        <translation>Seite %1 von %2 abgelehnt, wird erneut gesendet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asked for an operator (%2) after page %3: the call was ended</source>
        <translation>%1 hat nach Seite %3 einen Bediener angefordert (%2): Der Anruf wurde beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Modem on %1 reported no or an unknown page status (%2) for page %3: the page is not counted as sent</source>
        <translation>Modem an %1 hat für Seite %3 keinen oder einen unbekannten Seitenstatus (%2) gemeldet: Die Seite gilt nicht als gesendet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent %1 pages to %2 on %3</source>
        <translation>%1 Seiten an %2 über %3 gesendet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Received %1 pages on %2</source>
        <translation>%1 Seiten an %2 empfangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call on %1 ended with %2: %3</source>
        <translation>Der Anruf an %1 endete mit %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <source>Receiving on %1 stopped after %2 pages</source>
        <translation>Empfang an %1 nach %2 Seiten beendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Modem on %1 answered AT+FDR with %2</source>
        <translation>Modem an %1 hat AT+FDR mit %2 beantwortet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The page data from the modem on %1 did not end (page %2, %3 octets)</source>
        <translation>Die Seitendaten vom Modem an %1 endeten nicht (Seite %2, %3 Oktette)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Modem on %1 ended page %2 with %3</source>
        <translation>Modem an %1 hat Seite %2 mit %3 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../engine/server/faxserver.h" line="+64"/>
        <source>%1 cannot answer a call on port %2 by hand</source>
        <translation>%1 kann einen Anruf an Anschluss %2 nicht manuell annehmen</translation>
    </message>
    <message>
        <location filename="../engine/server/outboundarchive.cpp" line="+45"/>
        <source>The archive copy of job %1 in %2</source>
        <translation>Die Archivkopie von Auftrag %1 in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written: the folder cannot be created</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written: every name for it is taken</source>
        <translation>%1 kann nicht geschrieben werden: Alle Namen dafür sind vergeben</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxtiff.cpp" line="+17"/>
        <source>%1: cannot create the file (%2)</source>
        <translation>%1: Die Datei kann nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+144"/>
        <source>%1: the file is not open for writing</source>
        <translation>%1: Die Datei ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>page %1: not a bilevel fax image</source>
        <translation type="vanished">Seite %1: kein Schwarzweiß-Faxbild</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>page %1: cannot write (%2)</source>
        <translation>Seite %1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no pages</source>
        <translation>keine Seiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot replace the file (%1)</source>
        <translation>die Datei kann nicht ersetzt werden (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot open (%2)</source>
        <translation>%1: kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: file too large for a fax</source>
        <translation>%1: Datei ist zu groß für ein Fax</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not a readable TIFF file (%2)</source>
        <translation>%1: keine lesbare TIFF-Datei (%2)</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentsource.cpp" line="-76"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="+9"/>
        <source>%1: page %2: %3</source>
        <translation>%1: Seite %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxtiff.cpp" line="-183"/>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a bilevel fax image</source>
        <translation>kein Schwarzweiß-Faxbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a fax TIFF holds MH, MR or MMR pages; T.85 is a coding for the line only</source>
        <translation>ein Fax-TIFF enthält MH-, MR- oder MMR-Seiten; T.85 ist nur eine Codierung für die Leitung</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <source>cannot code the page (%1)</source>
        <translation>die Seite kann nicht codiert werden (%1)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>too many pages</source>
        <translation>zu viele Seiten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no image size</source>
        <translation>keine Bildgröße</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+66"/>
        <source>no such page (the file has %1)</source>
        <translation>Seite nicht vorhanden (die Datei hat %1)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>not a bilevel (black and white) page</source>
        <translation>keine Schwarzweißseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absurd page size %1 x %2</source>
        <translation>unsinnige Seitengröße %1 x %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tiled pages are not supported</source>
        <translation>gekachelte Seiten werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../engine/imaging/textsource.cpp" line="-50"/>
        <source>out of memory</source>
        <translation>nicht genügend Speicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the JBIG image is %1 pixels wide, the TIFF says %2</source>
        <translation>das JBIG-Bild ist %1 Pixel breit, das TIFF nennt %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a single-strip page</source>
        <translation>keine Seite mit einem einzelnen Streifen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad strip size</source>
        <translation>ungültige Streifengröße</translation>
    </message>
    <message>
        <location filename="../engine/imaging/tiffsource.cpp" line="-62"/>
        <source>absurd picture dimensions %1 x %2</source>
        <translation>unsinnige Bildabmessungen %1 x %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>out of memory for %1 x %2 pixels</source>
        <translation>nicht genügend Speicher für %1 x %2 Pixel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unreadable picture data</source>
        <translation>unlesbare Bilddaten</translation>
    </message>
    <message>
        <location filename="../engine/modem/atdialogue.cpp" line="+211"/>
        <source>private</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+71"/>
        <location filename="../engine/modem/class1driver.cpp" line="-87"/>
        <location filename="../engine/modem/class2driver.cpp" line="-446"/>
        <source>Modem on %1 answered %2 with %3</source>
        <translation>Modem an %1 hat %2 mit %3 beantwortet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stopped waiting for the answer of the modem on %1 to %2: cancelled</source>
        <translation>Warten auf die Antwort des Modems an %1 auf %2 beendet: abgebrochen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Modem on %1 answered %2 with unreadable data (%3): wrong speed, or not a modem</source>
        <translation>Modem an %1 hat %2 mit unlesbaren Daten beantwortet (%3): falsche Geschwindigkeit oder kein Modem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modem on %1 did not finish its answer to %2 within %3 s (got &quot;%4&quot;)</source>
        <translation>Modem an %1 hat seine Antwort auf %2 nicht innerhalb von %3 s beendet (erhalten: „%4“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modem on %1 did not answer %2 within %3 s</source>
        <translation>Modem an %1 hat %2 nicht innerhalb von %3 s beantwortet</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Modem on %1 does not respond even after a DTR drop and %2: %3</source>
        <translation>Modem an %1 reagiert auch nach einem DTR-Abfall und %2 nicht: %3</translation>
    </message>
    <message>
        <location filename="../engine/modem/faxpagesource.cpp" line="+20"/>
        <source>The job has no documents to send</source>
        <translation>Der Auftrag hat keine zu sendenden Dokumente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The documents of the job make no page (%1)</source>
        <translation>Aus den Dokumenten des Auftrags entsteht keine Seite (%1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The job has no page %1</source>
        <translation>Der Auftrag hat keine Seite %1</translation>
    </message>
    <message>
        <location filename="../engine/modem/modemprobe.cpp" line="+64"/>
        <source>Nothing on %1 answers AT (not a modem, switched off, or a wrong speed): %2</source>
        <translation>An %1 antwortet nichts auf AT (kein Modem, ausgeschaltet oder falsche Geschwindigkeit): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The device on %1 answered AT with %2: not a usable modem</source>
        <translation>Das Gerät an %1 hat AT mit %2 beantwortet: kein verwendbares Modem</translation>
    </message>
    <message>
        <location filename="../engine/modem/serialtransport.cpp" line="+35"/>
        <source>Cannot open modem port %1: %2</source>
        <translation>Modemanschluss %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot set up modem port %1 (%2 bit/s): %3</source>
        <translation>Modemanschluss %1 kann nicht eingerichtet werden (%2 bit/s): %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Modem port %1 is not open</source>
        <translation>Modemanschluss %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to modem port %1: %2</source>
        <translation>In Modemanschluss %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Modem on %1 accepted no data for 30 s (flow control stuck?)</source>
        <translation>Modem an %1 hat 30 s lang keine Daten angenommen (Flusskontrolle blockiert?)</translation>
    </message>
    <message>
        <location filename="../engine/modem/uucplock.cpp" line="+91"/>
        <source>Cannot lock %1: cannot create a lock file in %2: %3</source>
        <translation>%1 kann nicht gesperrt werden: In %2 kann keine Sperrdatei erstellt werden: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot lock %1: cannot write %2</source>
        <translation>%1 kann nicht gesperrt werden: %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot lock %1: cannot create %2: %3</source>
        <translation>%1 kann nicht gesperrt werden: %2 kann nicht erstellt werden: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this program</source>
        <translation>diesem Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in use by %2 (PID %3, lock file %4)</source>
        <translation>%1 wird von %2 verwendet (PID %3, Sperrdatei %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot lock %1: the stale lock file %2 could not be replaced</source>
        <translation>%1 kann nicht gesperrt werden: Die veraltete Sperrdatei %2 konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../engine/t30/t30capabilities.cpp" line="+159"/>
        <source>DIS/DTC information field too short: %1 octets, at least 3 needed</source>
        <translation>DIS/DTC-Informationsfeld zu kurz: %1 Oktette, mindestens 3 erforderlich</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>DCS information field too short: %1 octets, at least 3 needed</source>
        <translation>DCS-Informationsfeld zu kurz: %1 Oktette, mindestens 3 erforderlich</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>DCS asks for an unsupported data signalling rate (bits 11-14 = %1)</source>
        <translation>DCS verlangt eine nicht unterstützte Datenrate (Bits 11-14 = %1)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the far end&apos;s DIS says it is not ready to receive (bit 10 clear)</source>
        <translation>das DIS der Gegenstelle meldet, dass sie nicht empfangsbereit ist (Bit 10 nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../engine/t30/t30frames.cpp" line="+141"/>
        <source>T.30 frame too short: %1 octets, at least %2 needed</source>
        <translation>T.30-Rahmen zu kurz: %1 Oktette, mindestens %2 erforderlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>T.30 frame too long: %1 octets, at most %2 allowed</source>
        <translation>T.30-Rahmen zu lang: %1 Oktette, höchstens %2 zulässig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T.30 frame has a bad frame check sequence</source>
        <translation>T.30-Rahmen hat eine fehlerhafte Rahmenprüfsequenz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T.30 frame has address 0x%1 instead of 0xFF</source>
        <translation>T.30-Rahmen hat die Adresse 0x%1 statt 0xFF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T.30 frame has control field 0x%1 instead of 0x03 or 0x13</source>
        <translation>T.30-Rahmen hat das Steuerfeld 0x%1 statt 0x03 oder 0x13</translation>
    </message>
    <message>
        <location filename="../engine/t30/t30receiver.cpp" line="+136"/>
        <source>no command from the calling station within %1 s (T1)</source>
        <translation>kein Befehl von der anrufenden Station innerhalb von %1 s (T1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 page(s) received; the sender left without DCN</source>
        <translation>%1 Seite(n) empfangen; der Absender hat ohne DCN aufgelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sender went silent (T2) after %1 page(s)</source>
        <translation>der Absender verstummte (T2) nach %1 Seite(n)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>receiving stopped by the user</source>
        <translation>Empfang vom Benutzer beendet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 page(s) received</source>
        <translation>%1 Seite(n) empfangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sender disconnected (DCN) after %1 page(s), before EOP</source>
        <translation>der Absender hat nach %1 Seite(n) vor EOP getrennt (DCN)</translation>
    </message>
    <message>
        <location filename="../engine/t30/t30sender.cpp" line="+46"/>
        <source>a garbled response</source>
        <translation>eine verstümmelte Antwort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sending stopped by the user</source>
        <translation>Senden vom Benutzer beendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the far end disconnected (DCN) after %1 confirmed page(s)</source>
        <translation>die Gegenstelle hat nach %1 bestätigten Seite(n) getrennt (DCN)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>training failed (FTT) at every rate down to %1</source>
        <translation>Training bei allen Übertragungsraten bis hinunter zu %1 fehlgeschlagen (FTT)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>page %1 was rejected by the far end (RTN) %2 times</source>
        <translation>Seite %1 wurde von der Gegenstelle %2-mal abgelehnt (RTN)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the far end asked for an operator (PIP) after page %1; none is available</source>
        <translation>die Gegenstelle hat nach Seite %1 einen Bediener angefordert (PIP); keiner ist verfügbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the far end rejected page %1 and asked for an operator (PIN)</source>
        <translation>die Gegenstelle hat Seite %1 abgelehnt und einen Bediener angefordert (PIN)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>no DIS from the far end within %1 s (T1): a fax machine answered, but none of its %2 frame(s) arrived intact (a noisy or bad line)</source>
        <translation>kein DIS von der Gegenstelle innerhalb von %1 s (T1): ein Faxgerät hat geantwortet, aber keiner seiner %2 Rahmen kam unversehrt an (eine gestörte oder schlechte Leitung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no DIS from the far end within %1 s (T1): no fax machine answered</source>
        <translation>kein DIS von der Gegenstelle innerhalb von %1 s (T1): kein Faxgerät hat geantwortet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no response (T4)</source>
        <translation>keine Antwort (T4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the far end stayed not ready (RNR) for %1 s (T5)</source>
        <translation>die Gegenstelle war %1 s lang nicht bereit (RNR) (T5)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no valid response to %1 after %2 tries (last: %3)</source>
        <translation>keine gültige Antwort auf %1 nach %2 Versuchen (zuletzt: %3)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 page(s) sent</source>
        <translation>%1 Seite(n) gesendet</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentconverter.cpp" line="+111"/>
        <source>%1: no documents to convert</source>
        <translation>%1: keine Dokumente zu konvertieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 pages exceed the limit of %3</source>
        <translation>%1: %2 Seiten überschreiten die Grenze von %3</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>stopped at page %1 of %2; nothing was written</source>
        <translation>bei Seite %1 von %2 abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../engine/imaging/jbigcodec.cpp" line="-49"/>
        <source>T.85 (JBIG) data of %1 bytes: %2</source>
        <translation>T.85-Daten (JBIG) von %1 Bytes: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (libjbig error 0x%2)</source>
        <translation>%1 (libjbig-Fehler 0x%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>shorter than the 20-byte header (BIH)</source>
        <translation>kürzer als der 20-Byte-Kopf (BIH)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the header&apos;s width %1 is outside 1 to %2 pixels</source>
        <translation>die Breite %1 im Kopf liegt nicht zwischen 1 und %2 Pixeln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the header&apos;s height %1 exceeds %2 lines</source>
        <translation>die Höhe %1 im Kopf übersteigt %2 Zeilen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>more than %1 lines (at byte %2)</source>
        <translation>mehr als %1 Zeilen (bei Byte %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the decoder delivered line %1 out of order (at byte %2)</source>
        <translation>der Decoder lieferte Zeile %1 außer der Reihe (bei Byte %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ends at byte %1 after line %2 of %3: %4</source>
        <translation>endet bei Byte %1 nach Zeile %2 von %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at byte %1 (line %2): %3</source>
        <translation>bei Byte %1 (Zeile %2): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 bytes follow the end of the image at byte %2</source>
        <translation>%1 Bytes folgen auf das Bildende bei Byte %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at byte %1: %2 lines decoded but the image height is %3</source>
        <translation>bei Byte %1: %2 Zeilen decodiert, aber die Bildhöhe ist %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>out of memory for a page of %1 by %2 pixels</source>
        <translation>kein Speicher für eine Seite von %1 × %2 Pixeln</translation>
    </message>
</context>
<context>
    <name>Fax::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="+22"/>
        <source>&amp;Delete</source>
        <translation>Lösch&amp;en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local fax engine on this computer</source>
        <translation>&amp;Lokaler Faxdienst auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HylaFAX server</source>
        <translation>&amp;HylaFAX-Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in as &amp;administrator</source>
        <translation>Als &amp;Administrator anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to Fax Server</source>
        <translation>Mit Faxserver verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name to remember this connection by</source>
        <translation>Name, unter dem diese Verbindung gespeichert wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data &amp;folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ho&amp;st:</source>
        <translation>Ho&amp;st:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Local Engine Data Folder</source>
        <translation>Datenordner des lokalen Faxdienstes</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Enter the host name of the HylaFAX server.</source>
        <translation>Geben Sie den Hostnamen des HylaFAX-Servers ein.</translation>
    </message>
</context>
<context>
    <name>Fax::FolderPanel</name>
    <message>
        <location filename="../ui/folderpanel.cpp" line="+38"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent Items</source>
        <translation>Gesendete Elemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>Anschlüsse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fax::JobListPanel</name>
    <message>
        <location filename="../ui/joblistpanel.cpp" line="+38"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold the selected jobs in the queue</source>
        <translation>Die ausgewählten Aufträge in der Warteschlange zurückhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected paused jobs be sent</source>
        <translation>Die ausgewählten angehaltenen Aufträge senden lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected jobs</source>
        <translation>Die ausgewählten Aufträge abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the selected failed or canceled jobs again</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Aufträge erneut in die Warteschlange stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected finished jobs</source>
        <translation>Die ausgewählten beendeten Aufträge entfernen</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Cannot pause job %1</source>
        <translation>Auftrag %1 kann nicht angehalten werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot resume job %1</source>
        <translation>Auftrag %1 kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot cancel job %1</source>
        <translation>Auftrag %1 kann nicht abgebrochen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot restart job %1</source>
        <translation>Auftrag %1 kann nicht neu gestartet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Job %1 to %2: %3</source>
        <translation>Auftrag %1 an %2: %3</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete job %1 to %2?</source>
        <translation>Auftrag %1 an %2 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n jobs?</source>
        <translation>
            <numerusform>%n Auftrag löschen?</numerusform>
            <numerusform>%n Aufträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete jobs</source>
        <translation>Aufträge löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot delete job %1</source>
        <translation>Auftrag %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Fax::JobQueueModel</name>
    <message>
        <location filename="../models/jobqueuemodel.cpp" line="+127"/>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port: %1</source>
        <translation>Anschluss: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended status</source>
        <translation>Erweiterter Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Fax::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+83"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the local fax engine or a HylaFAX server</source>
        <translation>Mit dem lokalen Faxdienst oder einem HylaFAX-Server verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Symbolleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status bar</source>
        <translation>Status&amp;leiste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ax</source>
        <translation>Fa&amp;x</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fax Console</source>
        <translation>&amp;Über Fax Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot connect to %1</source>
        <translation>Verbindung mit %1 nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this kind of server is not available.</source>
        <translation>%1: Diese Art von Server ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Local engine</source>
        <translation>Lokaler Faxdienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected to local engine — %1</source>
        <translation>Verbunden mit dem lokalen Faxdienst — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to local engine — %1</source>
        <translation>Verbindung mit dem lokalen Faxdienst wird hergestellt — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to HylaFAX server %1</source>
        <translation>Verbunden mit HylaFAX-Server %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to HylaFAX server %1…</source>
        <translation>Verbindung mit HylaFAX-Server %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — Fax Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fax Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 job queued</source>
        <translation>1 Auftrag in der Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs queued</source>
        <translation>%1 Aufträge in der Warteschlange</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fax server %1</source>
        <translation>Faxserver %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Fax Console</source>
        <translation>Über Fax Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fax Console %1&lt;/h3&gt;&lt;p&gt;Send, receive and administer faxes on local modems or a HylaFAX server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fax Console %1&lt;/h3&gt;&lt;p&gt;Faxe über lokale Modems oder einen HylaFAX-Server senden, empfangen und verwalten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Fax::PortListModel</name>
    <message>
        <location filename="../models/portlistmodel.cpp" line="+42"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rings</source>
        <translation>Klingelzeichen</translation>
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
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Fax::PortListPanel</name>
    <message>
        <location filename="../ui/portlistpanel.cpp" line="+40"/>
        <source>&amp;Answer Now</source>
        <translation>&amp;Jetzt annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the call ringing on the selected port (receive mode Manual)</source>
        <translation>Den am ausgewählten Anschluss klingelnden Anruf annehmen (Empfangsmodus „Manuell“)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot answer on port %1</source>
        <translation>An Anschluss %1 kann nicht angenommen werden</translation>
    </message>
</context>
<context>
    <name>Fax::ReceivedFaxModel</name>
    <message>
        <location filename="../models/receivedfaxmodel.cpp" line="+21"/>
        <source>%1 (partial)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender (TSID)</source>
        <translation>Absender (TSID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing</source>
        <translation>Weiterleitung</translation>
    </message>
</context>
<context>
    <name>FaxCtl</name>
    <message>
        <location filename="../app/faxctl.cpp" line="+73"/>
        <source>Queue documents as a fax to one or more recipients</source>
        <translation>Dokumente als Fax an einen oder mehrere Empfänger in die Warteschlange stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues FILE... as one fax for each --to number; the jobs of one submission share a group. Prints the new job ids, one per line (--json: {&quot;jobs&quot;:[ids],&quot;group&quot;:id}). --name and --company given once apply to every recipient, given once per --to they pair up in order.</source>
        <translation>Stellt FILE... als ein Fax je --to-Nummer in die Warteschlange; die Aufträge einer Übermittlung bilden eine Gruppe. Gibt die neuen Auftragsnummern aus, eine pro Zeile (--json: {&quot;jobs&quot;:[ids],&quot;group&quot;:id}). --name und --company gelten, einmal angegeben, für alle Empfänger; einmal je --to angegeben, werden sie der Reihe nach zugeordnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipient fax number (digits and + ( ) - . space); repeatable</source>
        <translation>Faxnummer des Empfängers (Ziffern und + ( ) - . Leerzeichen); mehrfach angebbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/faxctl_format.cpp" line="+130"/>
        <source>Recipient name</source>
        <translation>Name des Empfängers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl_format.cpp" line="+1"/>
        <source>Recipient company</source>
        <translation>Firma des Empfängers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject (cover page)</source>
        <translation>Betreff (Deckblatt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (cover page)</source>
        <translation>Notiz (Deckblatt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover page template name or path</source>
        <translation>Name oder Pfad der Deckblattvorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send without a cover page</source>
        <translation>Ohne Deckblatt senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send at YYYY-MM-DDTHH:MM, or at HH:MM (today, or tomorrow if that time has passed)</source>
        <translation>Um YYYY-MM-DDTHH:MM senden oder um HH:MM (heute oder morgen, falls die Uhrzeit bereits vorbei ist)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send in the discount period</source>
        <translation>Zum ermäßigten Tarif senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job priority</source>
        <translation>Priorität des Auftrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl_format.cpp" line="+1"/>
        <source>Sender name</source>
        <translation>Name des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl_format.cpp" line="+1"/>
        <source>Sender company</source>
        <translation>Firma des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender fax number</source>
        <translation>Faxnummer des Absenders</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Station id to send (up to 20 digits, &apos;+&apos;, spaces)</source>
        <translation>Zu sendende Stationskennung (bis zu 20 Ziffern, „+“, Leerzeichen)</translation>
    </message>
    <message>
        <location line="-121"/>
        <location filename="../app/faxctl_format.cpp" line="+3"/>
        <source>Billing code</source>
        <translation>Abrechnungscode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the jobs in the queue</source>
        <translation>Die Aufträge in der Warteschlange auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the jobs that are not finished yet; --all adds finished ones. --status shows only jobs with that status, finished or not.</source>
        <translation>Listet die noch nicht beendeten Aufträge auf; --all fügt beendete hinzu. --status zeigt nur Aufträge mit diesem Status, ob beendet oder nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include finished jobs</source>
        <translation>Beendete Aufträge einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only jobs with this status (pending, paused, ...)</source>
        <translation>Nur Aufträge mit diesem Status (pending, paused, ...)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one job, or pause, resume, cancel, restart, remove it</source>
        <translation>Einen Auftrag anzeigen oder ihn anhalten, fortsetzen, abbrechen, neu starten oder entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an action, shows every field of job ID. &apos;remove&apos; deletes a finished job from the server.</source>
        <translation>Ohne Aktion werden alle Felder des Auftrags ID angezeigt. „remove“ löscht einen beendeten Auftrag vom Server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the fax ports (modems)</source>
        <translation>Die Faxanschlüsse (Modems) auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists every port with its device, state and settings.</source>
        <translation>Listet jeden Anschluss mit Gerät, Zustand und Einstellungen auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show, add, remove or configure a port</source>
        <translation>Einen Anschluss anzeigen, hinzufügen, entfernen oder konfigurieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an action, shows the port&apos;s settings. &apos;add&apos; creates port NAME on serial device DEVICE, &apos;set&apos; changes its settings (the keys below). A bad key or value changes nothing.</source>
        <translation>Ohne Aktion werden die Einstellungen des Anschlusses angezeigt. „add“ erstellt den Anschluss NAME am seriellen Gerät DEVICE, „set“ ändert seine Einstellungen (die Schlüssel unten). Ein ungültiger Schlüssel oder Wert ändert nichts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show or change the server settings</source>
        <translation>Die Servereinstellungen anzeigen oder ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an action, lists every server setting as KEY=VALUE with a short description and what it accepts. &apos;set&apos; changes settings all or nothing.</source>
        <translation>Ohne Aktion werden alle Servereinstellungen als KEY=VALUE mit einer kurzen Beschreibung und den zulässigen Werten aufgelistet. „set“ ändert die Einstellungen ganz oder gar nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run the local engine in the foreground and dispatch jobs</source>
        <translation>Den lokalen Faxdienst im Vordergrund ausführen und Aufträge verteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs the local fax engine as the dispatcher (the process that sends queued jobs through the ports) until SIGINT or SIGTERM, printing job and port events as they happen (--json: one JSON object per line).</source>
        <translation>Führt den lokalen Faxdienst als Verteiler aus (der Prozess, der Aufträge aus der Warteschlange über die Anschlüsse sendet), bis SIGINT oder SIGTERM eintrifft, und gibt dabei Auftrags- und Anschlussereignisse aus, sobald sie auftreten (--json: ein JSON-Objekt pro Zeile).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Convert documents into a fax TIFF, without sending</source>
        <translation>Dokumente in ein Fax-TIFF umwandeln, ohne zu senden</translation>
    </message>
    <message>
        <source>Renders FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or UTF-8 text, judged by content) into one multi-page fax TIFF (TIFF Class F) OUT.tif, the way &apos;submit&apos; would send them. Fax TIFF pages that already fit are stored unchanged. Shows progress on stderr and a summary on stdout (--json: an object with pages, passedThrough, bytes and the pages of each file). On any error nothing is written, and an existing OUT.tif is left as it was. Needs no display and no server.</source>
        <translation type="vanished">Rendert FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF oder UTF-8-Text, anhand des Inhalts erkannt) in ein mehrseitiges Fax-TIFF (TIFF Class F) OUT.tif, so wie „submit“ sie senden würde. Fax-TIFF-Seiten, die bereits passen, werden unverändert übernommen. Zeigt den Fortschritt auf stderr und eine Zusammenfassung auf stdout (--json: ein Objekt mit pages, passedThrough, bytes und den Seiten jeder Datei). Bei einem Fehler wird nichts geschrieben, und eine vorhandene OUT.tif bleibt unverändert. Benötigt weder Anzeige noch Server.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fax TIFF to write (required)</source>
        <translation>Das zu schreibende Fax-TIFF (erforderlich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertical resolution: 98, 196 or 391 lines per inch (default fine)</source>
        <translation>Vertikale Auflösung: 98, 196 oder 391 Zeilen pro Zoll (Standard: fine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size (default a4)</source>
        <translation>Papierformat (Standard: a4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coding: T.4 1-D, T.4 2-D or T.6 (default mmr)</source>
        <translation>Codierung: T.4 1-D, T.4 2-D oder T.6 (Standard: mmr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How grey becomes black and white (default auto: dither photos, keep text crisp)</source>
        <translation>Wie Grautöne zu Schwarz und Weiß werden (Standard: auto: Fotos rastern, Text scharf halten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not turn landscape pages to fit portrait paper</source>
        <translation>Querformatseiten nicht drehen, um sie an Hochformatpapier anzupassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header line on each page: %d date, %t time, %s TSID, %p page, %n pages, %% percent (&apos;default&apos; for the standard line)</source>
        <translation>Kopfzeile auf jeder Seite: %d Datum, %t Uhrzeit, %s TSID, %p Seite, %n Seiten, %% Prozentzeichen („default“ für die Standardzeile)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station id for the branding line and the file&apos;s properties</source>
        <translation>Stationskennung für die Kopfzeile und die Dateieigenschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject stored in the file</source>
        <translation>In der Datei gespeicherter Betreff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No progress on stderr</source>
        <translation>Kein Fortschritt auf stderr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the properties and pages of a fax TIFF</source>
        <translation>Eigenschaften und Seiten eines Fax-TIFF anzeigen</translation>
    </message>
    <message>
        <source>Shows what a fax TIFF says about itself (direction, CSID, TSID, caller ID, routing, port, sender, recipient, subject, job, time) and each page&apos;s size, resolution, compression and bad lines. --verify also decodes every page and fails on the first damaged one.</source>
        <translation type="vanished">Zeigt, was ein Fax-TIFF über sich selbst angibt (Richtung, CSID, TSID, Anrufer-ID, Weiterleitung, Anschluss, Absender, Empfänger, Betreff, Auftrag, Zeit), sowie Größe, Auflösung, Komprimierung und fehlerhafte Zeilen jeder Seite. --verify decodiert zusätzlich jede Seite und schlägt bei der ersten beschädigten fehl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decode every page to check it</source>
        <translation>Jede Seite zur Prüfung decodieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send documents now through a local modem, in the foreground</source>
        <translation>Dokumente jetzt über ein lokales Modem im Vordergrund senden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Takes the modem on DEV (UUCP-locked; Class 1, 2 or 2.0 by --class), waits for a call, answers after N rings and receives the fax into a fax TIFF in DIR (with CSID, TSID, time and a partial flag when the call ended early), printing its path (--json: one object per call and line). Waits for the next call until SIGINT or SIGTERM, which hang up and fail; --once stops after one call and exits 0 only when it was received completely.</source>
        <translation>Belegt das Modem an DEV (mit UUCP-Sperre; Class 1, 2 oder 2.0 per --class), wartet auf einen Anruf, nimmt nach N Klingelzeichen an und empfängt das Fax in ein Fax-TIFF in DIR (mit CSID, TSID, Zeit und einer Unvollständig-Markierung, wenn der Anruf vorzeitig endete) und gibt dessen Pfad aus (--json: ein Objekt pro Anruf und Zeile). Wartet auf den nächsten Anruf, bis SIGINT oder SIGTERM eintrifft, die auflegen und fehlschlagen; --once beendet sich nach einem Anruf und liefert Exit-Code 0 nur, wenn er vollständig empfangen wurde.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Takes the modem on DEV (UUCP-locked) and shows its manufacturer, model, revision, identification, fax classes, for Class 1 the carriers it transmits and receives, for Class 2/2.0 the capabilities it lists (+FCC=?/+FDCC=?) and the class faxctl would drive it in (--class, or what auto picks). Fails when nothing on DEV answers like a modem.</source>
        <translation>Belegt das Modem an DEV (mit UUCP-Sperre) und zeigt Hersteller, Modell, Revision, Kennung, Faxklassen, bei Class 1 die Trägerverfahren, die es sendet und empfängt, bei Class 2/2.0 die Fähigkeiten, die es auflistet (+FCC=?/+FDCC=?), sowie die Klasse, in der faxctl es betreiben würde (--class oder die Wahl von auto). Schlägt fehl, wenn an DEV nichts wie ein Modem antwortet.</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>The modem&apos;s serial device (required)</source>
        <translation>Das serielle Gerät des Modems (erforderlich)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fax class to drive the modem in (default auto: Class 1 when the modem has it, else 2.0, else 2)</source>
        <translation>Faxklasse, in der das Modem betrieben wird (Standard auto: Class 1, wenn das Modem sie bietet, sonst 2.0, sonst 2)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Renders FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or UTF-8 text, judged by content) into one multi-page fax TIFF (TIFF Class F) OUT.tif, the way &apos;submit&apos; would send them. Fax TIFF pages that already fit are stored unchanged. Shows progress on stderr and a summary on stdout (--json: an object with pages, passedThrough, workerPages, bytes and the pages of each file). On any error, and on SIGINT or SIGTERM, nothing is written and an existing OUT.tif is left as it was. Needs no display and no server.</source>
        <translation>Rendert FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF oder UTF-8-Text, anhand des Inhalts erkannt) in ein mehrseitiges Fax-TIFF (TIFF Class F) OUT.tif, so wie „submit“ sie senden würde. Fax-TIFF-Seiten, die bereits passen, werden unverändert übernommen. Zeigt den Fortschritt auf stderr und eine Zusammenfassung auf stdout (--json: ein Objekt mit pages, passedThrough, workerPages, bytes und den Seiten jeder Datei). Bei einem Fehler und bei SIGINT oder SIGTERM wird nichts geschrieben, und eine vorhandene OUT.tif bleibt unverändert. Benötigt weder Anzeige noch Server.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Renders FILE... like &apos;convert&apos;, takes the modem on DEV (UUCP-locked; a port in use fails naming the holder&apos;s PID), dials NUMBER and sends the pages with the Class 1, 2 or 2.0 driver (--class), without the queue or a server. Progress (dialling, remote id, negotiated rate, compression and ECM, page n of m sent and confirmed) goes to stderr, the outcome to stdout (--json: an object). SIGINT or SIGTERM hangs up and fails. Exit 0 only when the far end confirmed every page.</source>
        <translation>Rendert FILE... wie „convert“, belegt das Modem an DEV (mit UUCP-Sperre; ist ein Anschluss belegt, schlägt der Befehl fehl und nennt die PID des Inhabers), wählt NUMBER und sendet die Seiten mit dem Class-1-, Class-2- oder Class-2.0-Treiber (--class), ohne Warteschlange oder Server. Der Fortschritt (Wählen, Kennung der Gegenstelle, ausgehandelte Übertragungsrate, Komprimierung und ECM, Seite n von m gesendet und bestätigt) geht an stderr, das Ergebnis an stdout (--json: ein Objekt). SIGINT oder SIGTERM legt auf und schlägt fehl. Exit-Code 0 nur, wenn die Gegenstelle jede Seite bestätigt hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The number to dial (required)</source>
        <translation>Die zu wählende Nummer (erforderlich)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vertical resolution (default fine)</source>
        <translation>Vertikale Auflösung (Standard: fine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use error correction (ECM)</source>
        <translation>Keine Fehlerkorrektur (ECM) verwenden</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Serial speed to the modem (default 115200)</source>
        <translation>Serielle Geschwindigkeit zum Modem (Standard: 115200)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial flow control (default rtscts)</source>
        <translation>Serielle Flusskontrolle (Standard: rtscts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the UUCP lock files (default /var/lock)</source>
        <translation>Ordner der UUCP-Sperrdateien (Standard: /var/lock)</translation>
    </message>
    <message>
        <source>Renders FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or UTF-8 text, judged by content) into one multi-page fax TIFF (TIFF Class F) OUT.tif, the way &apos;submit&apos; would send them. Fax TIFF pages that already fit are stored unchanged. Shows progress on stderr and a summary on stdout (--json: an object with pages, passedThrough, workerPages, bytes and the pages of each file). On any error nothing is written, and an existing OUT.tif is left as it was. Needs no display and no server.</source>
        <translation type="vanished">Rendert FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF oder UTF-8-Text, anhand des Inhalts erkannt) in ein mehrseitiges Fax-TIFF (TIFF Class F) OUT.tif, so wie „submit“ sie senden würde. Fax-TIFF-Seiten, die bereits passen, werden unverändert übernommen. Zeigt den Fortschritt auf stderr und eine Zusammenfassung auf stdout (--json: ein Objekt mit pages, passedThrough, workerPages, bytes und den Seiten jeder Datei). Bei einem Fehler wird nichts geschrieben, und eine vorhandene OUT.tif bleibt unverändert. Benötigt weder Anzeige noch Server.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Processes that render PDF pages (default 2 on a machine with two or more cores, else 1; the output is the same)</source>
        <translation>Prozesse, die PDF-Seiten rendern (Standard 2 auf einem Rechner mit zwei oder mehr Kernen, sonst 1; das Ergebnis ist dasselbe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows what a fax TIFF says about itself (direction, CSID, TSID, caller ID, routing, port, sender, recipient, subject, job, time) and each page&apos;s size, resolution, compression and bad lines. A fax another fax server received (HylaFAX&apos;s recvq, spandsp) shows as received, with the sender&apos;s TSI. --verify also decodes every page and fails on the first damaged one.</source>
        <translation>Zeigt, was ein Fax-TIFF über sich selbst angibt (Richtung, CSID, TSID, Anrufer-ID, Weiterleitung, Anschluss, Absender, Empfänger, Betreff, Auftrag, Zeit), sowie Größe, Auflösung, Komprimierung und fehlerhafte Zeilen jeder Seite. Ein Fax, das ein anderer Faxserver empfangen hat (HylaFAX-recvq, spandsp), erscheint als empfangen, mit der TSI des Absenders. --verify decodiert zusätzlich jede Seite und schlägt bei der ersten beschädigten fehl.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Do not use T.85 (JBIG) coding: MMR at best</source>
        <translation>Keine T.85-Codierung (JBIG) verwenden: höchstens MMR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for calls on a local modem and receive faxes</source>
        <translation>Auf Anrufe an einem lokalen Modem warten und Faxe empfangen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answer after N rings (default 2)</source>
        <translation>Nach N Klingelzeichen annehmen (Standard: 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit after one call</source>
        <translation>Nach einem Anruf beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the received faxes (default: the current one)</source>
        <translation>Ordner für die empfangenen Faxe (Standard: der aktuelle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station id to answer with (up to 20 digits, &apos;+&apos;, spaces)</source>
        <translation>Stationskennung für die Annahme (bis zu 20 Ziffern, „+“, Leerzeichen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not offer error correction (ECM)</source>
        <translation>Keine Fehlerkorrektur (ECM) anbieten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not offer T.85 (JBIG) coding: MMR at best</source>
        <translation>Keine T.85-Codierung (JBIG) anbieten: höchstens MMR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask a local modem who it is and what fax classes it has</source>
        <translation>Ein lokales Modem fragen, wer es ist und welche Faxklassen es hat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show help for faxctl or one command</source>
        <translation>Hilfe zu faxctl oder zu einem Befehl anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the commands, or the options of COMMAND.</source>
        <translation>Zeigt die Befehle oder die Optionen von COMMAND.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server: local, local:DIR or hylafax://USER@HOST[:PORT] (default: $FAXCONSOLE_SERVER, else local)</source>
        <translation>Server: local, local:DIR oder hylafax://USER@HOST[:PORT] (Standard: $FAXCONSOLE_SERVER, sonst local)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON for scripts</source>
        <translation>JSON für Skripte ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>option &apos;--server&apos; needs a value (URL)</source>
        <translation>Option „--server“ benötigt einen Wert (URL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+98"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+202"/>
        <source>unknown command &apos;%1&apos;; run &apos;faxctl help&apos; for the list of commands</source>
        <translation>unbekannter Befehl „%1“; „faxctl help“ listet die Befehle auf</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>unknown option &apos;--%1&apos; for &apos;%2&apos;</source>
        <translation>unbekannte Option „--%1“ für „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>Option „--%1“ erwartet keinen Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation>Option „--%1“ benötigt einen Wert (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option &apos;--%1&apos; is given more than once</source>
        <translation>Option „--%1“ ist mehrfach angegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: faxctl [--server URL] [--json] COMMAND [ARGUMENTS...]</source>
        <translation>Aufruf: faxctl [--server URL] [--json] COMMAND [ARGUMENTS...]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends and manages faxes through the Fax Console engine or a HylaFAX server.</source>
        <translation>Sendet und verwaltet Faxe über den Fax-Console-Dienst oder einen HylaFAX-Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server when --server is not given</source>
        <translation>Server, wenn --server nicht angegeben ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder of the local engine (queue.db, spool/)</source>
        <translation>Datenordner des lokalen Faxdienstes (queue.db, spool/)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;faxctl help COMMAND&apos; or &apos;faxctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„faxctl help COMMAND“ oder „faxctl COMMAND --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 the operation failed, 2 bad command line.</source>
        <translation>Exit-Status: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 ungültige Befehlszeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: faxctl %1 %2</source>
        <translation>Aufruf: faxctl %1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common options:</source>
        <translation>Allgemeine Optionen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;help&apos; takes at most one command name</source>
        <translation>„help“ akzeptiert höchstens einen Befehlsnamen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the local fax engine in %1</source>
        <translation>der lokale Faxdienst in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fax server %1</source>
        <translation>der Faxserver %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run &apos;faxctl help %1&apos; for its usage.</source>
        <translation>„faxctl help %1“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/faxctl_admin.cpp" line="+55"/>
        <source>ports: unexpected argument &apos;%1&apos;</source>
        <translation>ports: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No ports. Add one with &apos;faxctl port NAME add DEVICE&apos;.</source>
        <translation>Keine Anschlüsse. Fügen Sie einen mit „faxctl port NAME add DEVICE“ hinzu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/faxctl_modem.cpp" line="+719"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/faxctl_imaging.cpp" line="+126"/>
        <location filename="../app/faxctl_modem.cpp" line="-19"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEND</source>
        <translation>SENDEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RECEIVE</source>
        <translation>EMPFANGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RINGS</source>
        <translation>KLINGELN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/faxctl_format.cpp" line="-1"/>
        <location filename="../app/faxctl_imaging.cpp" line="-14"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/faxctl_imaging.cpp" line="-1"/>
        <source>CSID</source>
        <translation>CSID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODEM</source>
        <translation>MODEM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>port: give a port NAME</source>
        <translation>port: Geben Sie einen Anschlussnamen (NAME) an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port: the port name is empty</source>
        <translation>port: Der Anschlussname ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port %1 add: give the DEVICE of the modem</source>
        <translation>port %1 add: Geben Sie das Gerät (DEVICE) des Modems an</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot add port &apos;%1&apos;: %2</source>
        <translation>Anschluss „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port &apos;%1&apos; added on %2.</source>
        <translation>Anschluss „%1“ an %2 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port: unknown action &apos;%1&apos; (use add, remove or set)</source>
        <translation>port: unbekannte Aktion „%1“ (verwenden Sie add, remove oder set)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port %1 remove: unexpected argument &apos;%2&apos;</source>
        <translation>port %1 remove: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port %1 set: give at least one KEY=VALUE</source>
        <translation>port %1 set: Geben Sie mindestens ein KEY=VALUE an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port: unexpected argument &apos;%1&apos;</source>
        <translation>port: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port &apos;%1&apos;: there is no such port</source>
        <translation>Anschluss „%1“: Dieser Anschluss existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot remove port &apos;%1&apos;: %2</source>
        <translation>Anschluss „%1“ kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port &apos;%1&apos; removed.</source>
        <translation>Anschluss „%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot change port &apos;%1&apos;: %2</source>
        <translation>Anschluss „%1“ kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>settings get: give exactly one KEY</source>
        <translation>settings get: Geben Sie genau einen KEY an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settings set: give at least one KEY=VALUE</source>
        <translation>settings set: Geben Sie mindestens ein KEY=VALUE an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settings: unknown action &apos;%1&apos; (use get or set)</source>
        <translation>settings: unbekannte Aktion „%1“ (verwenden Sie get oder set)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot change the server settings: %1</source>
        <translation>Die Servereinstellungen können nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/faxctl_imaging.cpp" line="-60"/>
        <location filename="../app/faxctl_modem.cpp" line="-705"/>
        <source>--%1: unknown value &apos;%2&apos; (allowed: %3)</source>
        <translation>--%1: unbekannter Wert „%2“ (zulässig: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 x %2 (%3 x %4 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>unknown (not written by Fax Console)</source>
        <translation>unbekannt (nicht von Fax Console geschrieben)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>received (by another fax program)</source>
        <translation>empfangen (von einem anderen Faxprogramm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received (by %1)</source>
        <translation>empfangen (von %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (the call ended early)</source>
        <translation>ja (der Anruf endete vorzeitig)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;convert&apos; needs at least one document to convert</source>
        <translation>„convert“ benötigt mindestens ein zu konvertierendes Dokument</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;convert&apos; needs the file to write: -o OUT.tif</source>
        <translation>„convert“ benötigt die zu schreibende Datei: -o OUT.tif</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--processes: &apos;%1&apos; is not 1 or 2</source>
        <translation>--processes: „%1“ ist weder 1 noch 2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--branding: the format is empty (use &apos;default&apos; for the standard line)</source>
        <translation>--branding: Das Format ist leer („default“ für die Standardzeile)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot write the fax: it is a folder</source>
        <translation>%1: Das Fax kann nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot write the fax: the folder %2 does not exist</source>
        <translation>%1: Das Fax kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write the fax: %2 is not a folder</source>
        <translation>%1: Das Fax kann nicht geschrieben werden: %2 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: page %2 of %3</source>
        <translation>%1: Seite %2 von %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot convert to %1: %2</source>
        <translation>Konvertierung in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1 stored unchanged)</source>
        <translation> (%1 unverändert übernommen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 bytes, %2, %3, %4</source>
        <translation>, %1 Byte, %2, %3, %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;info&apos; takes exactly one fax TIFF</source>
        <translation>„info“ erwartet genau ein Fax-TIFF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a fax TIFF</source>
        <translation>%1: ist ein Ordner, kein Fax-TIFF</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/faxctl_format.cpp" line="-17"/>
        <location filename="../app/faxctl_imaging.cpp" line="-227"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device status</source>
        <translation>Gerätestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl_imaging.cpp" line="-4"/>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl_imaging.cpp" line="+234"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient number</source>
        <translation>Empfängernummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sender department</source>
        <translation>Absenderabteilung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/faxctl_imaging.cpp" line="-231"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Übermittelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../app/faxctl_imaging.cpp" line="+239"/>
        <source>%1 x %2 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (at most %1 in a row)</source>
        <translation> (höchstens %1 hintereinander)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../app/faxctl_format.cpp" line="-18"/>
        <location filename="../app/faxctl_imaging.cpp" line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/faxctl_imaging.cpp" line="+1"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad lines</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location filename="../app/faxctl_jobs.cpp" line="+41"/>
        <source>document &apos;%1&apos; cannot be read: &apos;%2&apos; is not a folder</source>
        <translation>Dokument „%1“ kann nicht gelesen werden: „%2“ ist kein Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>document &apos;%1&apos; does not exist</source>
        <translation>Dokument „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document &apos;%1&apos; is a folder, not a file</source>
        <translation>Dokument „%1“ ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document &apos;%1&apos; is not a regular file</source>
        <translation>Dokument „%1“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>document &apos;%1&apos; cannot be read: %2</source>
        <translation>Dokument „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document &apos;%1&apos; is empty</source>
        <translation>Dokument „%1“ ist leer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--at: &apos;%1&apos; is not a time; use YYYY-MM-DDTHH:MM or HH:MM</source>
        <translation>--at: „%1“ ist keine Uhrzeit; verwenden Sie YYYY-MM-DDTHH:MM oder HH:MM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--at: %1 is in the past</source>
        <translation>--at: %1 liegt in der Vergangenheit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--tsid: &apos;%1&apos; is not a station id (up to 20 digits, &apos;+&apos; and spaces)</source>
        <translation>--tsid: „%1“ ist keine Stationskennung (bis zu 20 Ziffern, „+“ und Leerzeichen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>submit: give at least one recipient with --to NUMBER</source>
        <translation>submit: Geben Sie mit --to NUMBER mindestens einen Empfänger an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>submit: --%1 is given %2 times for %3 recipients; give it once or once per --to</source>
        <translation>submit: --%1 ist %2-mal für %3 Empfänger angegeben; geben Sie es einmal oder einmal je --to an</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>submit: give at least one document FILE</source>
        <translation>submit: Geben Sie mindestens ein Dokument (FILE) an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>submit: --cover and --no-cover exclude each other</source>
        <translation>submit: --cover und --no-cover schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>submit: --at and --discount exclude each other</source>
        <translation>submit: --at und --discount schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--priority: &apos;%1&apos; is not a priority (use %2)</source>
        <translation>--priority: „%1“ ist keine Priorität (verwenden Sie %2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot submit the fax: %1</source>
        <translation>Das Fax kann nicht übermittelt werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>jobs: unexpected argument &apos;%1&apos;</source>
        <translation>jobs: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--status: &apos;%1&apos; is not a job status (use %2)</source>
        <translation>--status: „%1“ ist kein Auftragsstatus (verwenden Sie %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No jobs.</source>
        <translation>Keine Aufträge.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEVICE STATUS</source>
        <translation>GERÄTESTATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECIPIENT</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAGES</source>
        <translation>SEITEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRIES</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUBMITTED</source>
        <translation>ÜBERMITTELT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a job id (a positive number)</source>
        <translation>„%1“ ist keine Auftragsnummer (eine positive Zahl)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>job %1: there is no such job</source>
        <translation>Auftrag %1: Dieser Auftrag existiert nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>job: give a job ID</source>
        <translation>job: Geben Sie eine Auftragsnummer (ID) an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job: unexpected argument &apos;%1&apos;</source>
        <translation>job: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restarted</source>
        <translation>neu gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>job: unknown action &apos;%1&apos; (use pause, resume, cancel, restart or remove)</source>
        <translation>job: unbekannte Aktion „%1“ (verwenden Sie pause, resume, cancel, restart oder remove)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>job %1: cannot %2: %3</source>
        <translation>Auftrag %1: „%2“ nicht möglich: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Job %1 %2; status: %3.</source>
        <translation>Auftrag %1 %2; Status: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 %2.</source>
        <translation>Auftrag %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/faxctl_serve.cpp" line="+34"/>
        <source>serve: unexpected argument &apos;%1&apos;</source>
        <translation>serve: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serve: &apos;%1&apos; is a HylaFAX server, which dispatches its own jobs; serve runs only the local engine</source>
        <translation>serve: „%1“ ist ein HylaFAX-Server, der seine Aufträge selbst verteilt; serve betreibt nur den lokalen Faxdienst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>serve: cannot watch for SIGINT/SIGTERM: %1</source>
        <translation>serve: SIGINT/SIGTERM können nicht überwacht werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serve: another process already dispatches the jobs of %1 (it holds %2)</source>
        <translation>serve: Ein anderer Prozess verteilt bereits die Aufträge von %1 (er hält %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>serving %1 as the dispatcher (%2 jobs, %3 ports); stop with Ctrl+C</source>
        <translation>%1 wird als Verteiler betrieben (%2 Aufträge, %3 Anschlüsse); Beenden mit Strg+C</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>job %1 added: %2, to %3</source>
        <translation>Auftrag %1 hinzugefügt: %2, an %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job %1: %2 -&gt; %3</source>
        <translation>Auftrag %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation> an %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, page %1 of %2</source>
        <translation>, Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>job %1 removed</source>
        <translation>Auftrag %1 entfernt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port &apos;%1&apos; added on %2</source>
        <translation>Anschluss „%1“ an %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port &apos;%1&apos;: %2</source>
        <translation>Anschluss „%1“: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port &apos;%1&apos; removed</source>
        <translation>Anschluss „%1“ entfernt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server settings changed</source>
        <translation>Servereinstellungen geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fax received from &apos;%1&apos; on %2: %3 pages, %4</source>
        <translation>Fax von „%1“ an %2 empfangen: %3 Seiten, %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>stopped on %1</source>
        <translation>beendet durch %1</translation>
    </message>
    <message>
        <location filename="../app/faxctl_modem.cpp" line="+229"/>
        <source>&apos;send&apos; needs the number to dial: --to NUMBER</source>
        <translation>„send“ benötigt die zu wählende Nummer: --to NUMBER</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;send&apos; needs at least one document to send</source>
        <translation>„send“ benötigt mindestens ein zu sendendes Dokument</translation>
    </message>
    <message>
        <source>--tsid: &apos;%1&apos; is no station id (up to 20 digits, &apos;+&apos; and spaces)</source>
        <translation type="vanished">--tsid: „%1“ ist keine Stationskennung (bis zu 20 Ziffern, „+“ und Leerzeichen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot send %1: no such file</source>
        <translation>%1 kann nicht gesendet werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create a working folder: %1</source>
        <translation>Arbeitsordner kann nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>preparing %n document(s)</source>
        <translation>
            <numerusform>%n Dokument wird vorbereitet</numerusform>
            <numerusform>%n Dokumente werden vorbereitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s) to send</source>
        <translation>
            <numerusform>%n Seite zu senden</numerusform>
            <numerusform>%n Seiten zu senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+198"/>
        <source>remote station id: %1</source>
        <translation>Kennung der Gegenstelle: %1</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+198"/>
        <source>negotiated %1</source>
        <translation>ausgehandelt: %1</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>sending page %1 of %2 at %3</source>
        <translation>Seite %1 von %2 wird mit %3 gesendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>page %1 of %2 confirmed</source>
        <translation>Seite %1 von %2 bestätigt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 page(s) confirmed by %3%4: %5</source>
        <translation>%1 von %2 Seite(n) von %3%4 bestätigt: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+232"/>
        <source>T.30 result: %1</source>
        <translation>T.30-Ergebnis: %1</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>sending to %1 stopped by %2; the modem on %3 has hung up</source>
        <translation>Senden an %1 durch %2 beendet; das Modem an %3 hat aufgelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fax to %1 was not sent completely (%2 of %3 page(s) confirmed): %4</source>
        <translation>das Fax an %1 wurde nicht vollständig gesendet (%2 von %3 Seite(n) bestätigt): %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;receive&apos; takes no arguments (&apos;%1&apos;)</source>
        <translation>„receive“ erwartet keine Argumente („%1“)</translation>
    </message>
    <message>
        <source>--csid: &apos;%1&apos; is no station id (up to 20 digits, &apos;+&apos; and spaces)</source>
        <translation type="vanished">--csid: „%1“ ist keine Stationskennung (bis zu 20 Ziffern, „+“ und Leerzeichen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--rings: &apos;%1&apos; is no ring count (1 to 20)</source>
        <translation>--rings: „%1“ ist keine Anzahl von Klingelzeichen (1 bis 20)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the folder %1 for received faxes</source>
        <translation>der Ordner %1 für empfangene Faxe kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write received faxes into %1: permission denied</source>
        <translation>empfangene Faxe können nicht in %1 geschrieben werden: Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the modem on %1 does not take the fax init commands (not a modem, or no Class %2): %3</source>
        <translation>das Modem an %1 nimmt die Fax-Initialisierungsbefehle nicht an (kein Modem oder kein Class %2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>waiting for a call on %1 (answering after %n ring(s))</source>
        <translation>
            <numerusform>Warten auf einen Anruf an %1 (Annahme nach %n Klingelzeichen)</numerusform>
            <numerusform>Warten auf einen Anruf an %1 (Annahme nach %n Klingelzeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RING %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RING %1 from %2</source>
        <translation>RING %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the caller hung up before we answered</source>
        <translation>der Anrufer hat aufgelegt, bevor wir angenommen haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stopped by %1 while waiting for a call on %2</source>
        <translation>durch %1 beendet, während auf einen Anruf an %2 gewartet wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the modem port %1 closed while waiting for a call</source>
        <translation>der Modemanschluss %1 wurde geschlossen, während auf einen Anruf gewartet wurde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>answering</source>
        <translation>Anruf wird angenommen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a received page is unreadable, %1</source>
        <translation>eine empfangene Seite ist unlesbar, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n page(s) received from %1</source>
        <translation>
            <numerusform>%n Seite von %1 empfangen</numerusform>
            <numerusform>%n Seiten von %1 empfangen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown station</source>
        <translation>einer unbekannten Station</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot store the received fax: %1</source>
        <translation>das empfangene Fax kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receiving on %1 stopped by %2; the modem has hung up</source>
        <translation>Empfangen an %1 durch %2 beendet; das Modem hat aufgelegt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the fax call on %1 did not complete</source>
        <translation>der Faxanruf an %1 wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;probe&apos; takes no arguments (&apos;%1&apos;)</source>
        <translation>„probe“ erwartet keine Argumente („%1“)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>probing %1 stopped by %2</source>
        <translation>Abfrage von %1 durch %2 beendet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax classes</source>
        <translation>Faxklassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class 1</source>
        <translation>Class 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transmit carriers</source>
        <translation>Trägerverfahren beim Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive carriers</source>
        <translation>Trägerverfahren beim Empfangen</translation>
    </message>
    <message>
        <location line="-528"/>
        <location line="+532"/>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <location line="-680"/>
        <source>--%1: &apos;%2&apos; is no station id (up to 20 digits, &apos;+&apos; and spaces)</source>
        <translation>--%1: „%2“ ist keine Stationskennung (bis zu 20 Ziffern, „+“ und Leerzeichen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the modem&apos;s serial device is missing: --device DEV (e.g. /dev/ttyS0)</source>
        <translation>das serielle Gerät des Modems fehlt: --device DEV (z. B. /dev/ttyS0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--speed: &apos;%1&apos; is no serial speed (bit/s, e.g. 19200 or 115200)</source>
        <translation>--speed: „%1“ ist keine serielle Geschwindigkeit (bit/s, z. B. 19200 oder 115200)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cannot tell the modem&apos;s fax class (%1): trying Class 1</source>
        <translation>die Faxklasse des Modems lässt sich nicht ermitteln (%1): Class 1 wird versucht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the modem on %1 is driven in fax Class %2 (chosen automatically)</source>
        <translation>das Modem an %1 wird in Faxklasse %2 betrieben (automatisch gewählt)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The modem device %1 does not exist</source>
        <translation>Das Modemgerät %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a modem: it is no serial device (%2)</source>
        <translation>%1 ist kein Modem: Es ist kein serielles Gerät (%2)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>ECM</source>
        <translation>ECM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ECM</source>
        <translation>kein ECM</translation>
    </message>
    <message>
        <location line="+509"/>
        <source>Class 2.0</source>
        <translation>Class 2.0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class 2.0 capabilities</source>
        <translation>Class-2.0-Fähigkeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class 2</source>
        <translation>Class 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class 2 capabilities</source>
        <translation>Class-2-Fähigkeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Class %1 (with --class auto)</source>
        <translation>Class %1 (mit --class auto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class %1</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the modem does not list Class %1</source>
        <translation>keine: Das Modem nennt Class %1 nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: faxctl needs a Class 1, 2.0 or 2 modem</source>
        <translation>keine: faxctl benötigt ein Modem mit Class 1, 2.0 oder 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driven in</source>
        <translation>Betrieben in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identification</source>
        <translation>Kennung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/faxconsole_main.cpp" line="+36"/>
        <source>Send, receive and administer faxes on local modems or a HylaFAX server.</source>
        <translation>Faxe über lokale Modems oder einen HylaFAX-Server senden, empfangen und verwalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use the local engine with its queue in &lt;dir&gt;.</source>
        <translation>Den lokalen Faxdienst mit seiner Warteschlange in &lt;Ordner&gt; verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to &lt;server&gt;: &apos;local&apos; or hylafax://USER@HOST[:PORT].</source>
        <translation>Mit &lt;Server&gt; verbinden: „local“ oder hylafax://USER@HOST[:PORT].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--data-dir is for the local engine, not for %1</source>
        <translation>--data-dir gilt für den lokalen Faxdienst, nicht für %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot watch for SIGINT/SIGTERM: %1</source>
        <translation>SIGINT/SIGTERM können nicht überwacht werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopping on %1</source>
        <translation>wird beendet durch %1</translation>
    </message>
</context>
</TS>
