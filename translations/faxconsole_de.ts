<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Fax</name>
    <message>
        <location filename="../ui/connectionprofiles.cpp" line="+112"/>
        <source>Local engine</source>
        <translation>Lokaler Faxdienst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <location filename="../models/modelformat.cpp" line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/core/connectionsettings.cpp" line="+36"/>
        <source>&apos;%1&apos; is not a server: use &apos;local&apos; or hylafax://USER@HOST[:PORT]</source>
        <translation>„%1“ ist kein Server: verwenden Sie „local“ oder hylafax://USER@HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos;: port %2 is out of range</source>
        <translation>„%1“: Port %2 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location filename="../engine/core/faxtypes.cpp" line="+31"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../models/listfilter.cpp" line="+39"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/listfilter.cpp" line="+2"/>
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
        <location line="+55"/>
        <source>Initializing</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>Dialing</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>Ringing</source>
        <translation>Klingeln</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <location filename="../engine/core/settingsschema.cpp" line="+394"/>
        <location line="+16"/>
        <location line="+13"/>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <location filename="../engine/core/settingsschema.cpp" line="-27"/>
        <location line="+28"/>
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="-50"/>
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
        <location line="+1"/>
        <source>Page outcome unknown</source>
        <translation>Ergebnis der Seite unbekannt</translation>
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
        <location filename="../engine/core/settingsschema.cpp" line="-38"/>
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
        <location line="+20"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="-19"/>
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
        <location filename="../engine/core/settingskeys.cpp" line="+21"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../engine/core/settingspec.cpp" line="+137"/>
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
        <source>text, not empty</source>
        <translation>Text, nicht leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time of day HH:MM</source>
        <translation>Uhrzeit HH:MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of: %1</source>
        <translation>einer der Werte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+2"/>
        <source>printer name, or empty for the default printer</source>
        <translation>Druckername oder leer für den Standarddrucker</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a value of type %1 is not one of type %2</source>
        <translation>ein Wert vom Typ %1 ist kein Wert vom Typ %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the time of day is not valid</source>
        <translation>die Uhrzeit ist ungültig</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rings</source>
        <translation>Klingelzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used only when &apos;%1&apos; is on.</source>
        <translation>Wird nur verwendet, wenn „%1“ eingeschaltet ist.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>„%1“ ist weder „yes“ noch „no“</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>the value has a line break</source>
        <translation>der Wert enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>&apos;%1&apos; is not a time of day</source>
        <translation>„%1“ ist keine Uhrzeit</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+203"/>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>„%1“ ist keiner der zulässigen Werte</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is longer than 20 characters</source>
        <translation>„%1“ ist länger als 20 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>&apos;%1&apos; has the character &apos;%2&apos;</source>
        <translation>„%1“ enthält das Zeichen „%2“</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation>„%1“ ist kein absoluter Pfad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an absolute device path</source>
        <translation>„%1“ ist kein absoluter Gerätepfad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is longer than 10 characters</source>
        <translation>„%1“ ist länger als 10 Zeichen</translation>
    </message>
    <message>
        <location filename="../engine/core/settingsschema.cpp" line="-263"/>
        <source>Redials after the first attempt</source>
        <translation>Wahlwiederholungen nach dem ersten Versuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry delay</source>
        <translation>Wiederholungsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between attempts</source>
        <translation>Minuten zwischen den Versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove failed jobs after</source>
        <translation>Fehlgeschlagene Aufträge entfernen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after which failed jobs are removed (0: never)</source>
        <translation>Tage, nach denen fehlgeschlagene Aufträge entfernt werden (0: nie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branding</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header line on each sent page</source>
        <translation>Kopfzeile auf jeder gesendeten Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the port&apos;s TSID</source>
        <translation>TSID des Anschlusses verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the port&apos;s TSID instead of the sender&apos;s</source>
        <translation>TSID des Anschlusses statt der des Absenders senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server cover pages only</source>
        <translation>Nur Deckblätter des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow only the server&apos;s cover pages</source>
        <translation>Nur Deckblätter des Servers zulassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive sent faxes</source>
        <translation>Gesendete Faxe archivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a copy of each sent fax</source>
        <translation>Von jedem gesendeten Fax eine Kopie aufbewahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the copies of sent faxes (empty: &apos;archive&apos; in the engine&apos;s data folder)</source>
        <translation>Ordner für die Kopien gesendeter Faxe (leer: „archive“ im Datenordner des Faxdienstes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount period starts</source>
        <translation>Beginn des ermäßigten Tarifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the discount period (local time)</source>
        <translation>Beginn des ermäßigten Tarifs (Ortszeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount period ends</source>
        <translation>Ende des ermäßigten Tarifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the discount period (local time)</source>
        <translation>Ende des ermäßigten Tarifs (Ortszeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause the outgoing queue</source>
        <translation>Ausgehende Warteschlange anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold all outgoing jobs</source>
        <translation>Alle ausgehenden Aufträge zurückhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store in a folder</source>
        <translation>In einem Ordner speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy received faxes into a folder</source>
        <translation>Empfangene Faxe in einen Ordner kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for received faxes</source>
        <translation>Ordner für empfangene Faxe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print received faxes</source>
        <translation>Empfangene Faxe drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer for received faxes (empty: default)</source>
        <translation>Drucker für empfangene Faxe (leer: Standarddrucker)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail received faxes</source>
        <translation>Empfangene Faxe per E-Mail senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address that receives the faxes by e-mail</source>
        <translation>Adresse, an die die Faxe per E-Mail gesendet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside line prefix</source>
        <translation>Amtskennziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialled first to get an outside line, e.g. 0 or 9 (empty: none; not for numbers of up to 4 digits, which are extensions)</source>
        <translation>Amtskennziffer, die zuerst gewählt wird, um eine Amtsleitung zu erhalten, z. B. 0 oder 9 (leer: keine; nicht bei Nummern mit bis zu 4 Ziffern, da dies Nebenstellen sind)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country code</source>
        <translation>Landesvorwahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code of this line, e.g. 49 (empty: numbers written with &apos;+&apos; are always dialled as international)</source>
        <translation>Landesvorwahl dieser Leitung, z. B. 49 (leer: Nummern mit „+“ werden immer international gewählt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area code</source>
        <translation>Ortsvorwahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area code of this line without the long-distance prefix, e.g. 30</source>
        <translation>Ortsvorwahl dieser Leitung ohne Fernwahlpräfix, z. B. 30</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-distance prefix</source>
        <translation>Präfix für Ferngespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialled before another area code of the country</source>
        <translation>Wird vor einer anderen Ortsvorwahl im Inland gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>International prefix</source>
        <translation>Präfix für Auslandsgespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialled before a foreign country code</source>
        <translation>Wird vor einer ausländischen Landesvorwahl gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pulse dialing</source>
        <translation>Impulswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial with pulses instead of tones</source>
        <translation>Impulswahl statt Tonwahl verwenden</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/csvformat.cpp" line="+157"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../engine/core/settingsschema.cpp" line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street (second line)</source>
        <translation>Straße (zweite Zeile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office location</source>
        <translation>Bürostandort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home phone</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office phone</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing code</source>
        <translation>Abrechnungscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone (typed by its label column)</source>
        <translation>Telefon (Art laut Spalte mit der Bezeichnung)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1, line %2: a quoted field is not closed (the file may be truncated)</source>
        <translation>%1, Zeile %2: Ein Feld in Anführungszeichen ist nicht geschlossen (die Datei ist möglicherweise unvollständig)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../engine/core/settingsschema.cpp" line="+1"/>
        <source>Name of the port</source>
        <translation>Name des Anschlusses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flow control</source>
        <translation>Flusskontrolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RTS/CTS (hardware)</source>
        <translation>RTS/CTS (Hardware)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XON/XOFF (software)</source>
        <translation>XON/XOFF (Software)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial device of the modem</source>
        <translation>Serielles Gerät des Modems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modem maker, from the probe</source>
        <translation>Modemhersteller, laut Erkennung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modem model, from the probe</source>
        <translation>Modemmodell, laut Erkennung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer after</source>
        <translation>Annehmen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rings before answering</source>
        <translation>Klingelzeichen bis zur Annahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSID</source>
        <translation>CSID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station id sent when receiving</source>
        <translation>Beim Empfangen gesendete Stationskennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station id sent when sending</source>
        <translation>Beim Senden gesendete Stationskennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send faxes</source>
        <translation>Faxe senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this port for sending</source>
        <translation>Diesen Anschluss zum Senden verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer calls</source>
        <translation>Anrufe annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How calls are answered</source>
        <translation>Wie Anrufe angenommen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of use for sending (1: first)</source>
        <translation>Reihenfolge beim Senden (1: zuerst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial speed</source>
        <translation>Serielle Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial speed to the modem in bit/s</source>
        <translation>Serielle Geschwindigkeit zum Modem in bit/s</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2): %3 (allowed: %4)</source>
        <translation>%1 (%2): %3 (zulässig: %4)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (%2) is required when %3 (%4) is on</source>
        <translation>%1 (%2) ist erforderlich, wenn %3 (%4) aktiviert ist</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <location line="+13"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+24"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Inbound routing</source>
        <translation>Weiterleitung eingehender Faxe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialing rules</source>
        <translation>Wählregeln</translation>
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
        <translation>Deckblätter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving and routing</source>
        <translation>Empfang und Weiterleitung</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Serial flow control (rts-cts is the only one safe for receiving)</source>
        <translation>Serielle Flusskontrolle (nur rts-cts ist beim Empfangen sicher)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Extra AT command sent after the modem&apos;s standard initialisation (empty: none)</source>
        <translation>Zusätzlicher AT-Befehl, der nach der Standardinitialisierung des Modems gesendet wird (leer: keiner)</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Fax service class to drive the modem in (auto: Class 1 when the modem has it, else 2.0, else 2)</source>
        <translation>Faxdienstklasse, in der das Modem betrieben wird (auto: Class 1, wenn das Modem sie bietet, sonst 2.0, sonst 2)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fax class</source>
        <translation>Faxklasse</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+262"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Initialisation command</source>
        <translation>Initialisierungsbefehl</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/csvformat.cpp" line="-128"/>
        <location filename="../engine/core/settingsschema.cpp" line="+5"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../engine/core/settingsschema.cpp" line="+1"/>
        <source>What the line is doing</source>
        <translation>Was die Leitung gerade tut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State detail</source>
        <translation>Zustandsdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail of the line&apos;s state</source>
        <translation>Details zum Zustand der Leitung</translation>
    </message>
    <message>
        <location filename="../engine/core/settingskeys.cpp" line="+26"/>
        <source>setting &apos;%1&apos; is read-only</source>
        <translation>Einstellung „%1“ ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../engine/core/settingspec.cpp" line="+16"/>
        <source>setting &apos;%1&apos;: %2 (allowed: %3)</source>
        <translation>Einstellung „%1“: %2 (zulässig: %3)</translation>
    </message>
    <message>
        <location filename="../engine/core/settingskeys.cpp" line="-23"/>
        <source>%1 (used only when %2=%3)</source>
        <translation>%1 (nur verwendet, wenn %2=%3)</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location filename="../engine/imaging/branding.cpp" line="+90"/>
        <source>branding: drawing text needs a QGuiApplication</source>
        <translation>Kopfzeile: Zum Zeichnen von Text wird eine QGuiApplication benötigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>branding: the page is not a fax image</source>
        <translation>Kopfzeile: Die Seite ist kein Faxbild</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentsource.cpp" line="+100"/>
        <location filename="../engine/imaging/pdfsource.cpp" line="+115"/>
        <location line="+24"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file is empty (no pages to send)</source>
        <translation>%1: Die Datei ist leer (keine Seiten zu senden)</translation>
    </message>
    <message>
        <location filename="../engine/cover/coverfile.cpp" line="+120"/>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>„%1“ muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>„%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; must be one of %2</source>
        <translation>„%1“ muss einer der folgenden Werte sein: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a point must be [x, y] with numbers from %1 to %2</source>
        <translation>ein Punkt muss die Form [x, y] mit Zahlen von %1 bis %2 haben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;points&quot; must be a list of %1 points</source>
        <translation>„points“ muss eine Liste von %1 Punkten sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;points&quot; must be a list of %1 to %2 points</source>
        <translation>„points“ muss eine Liste von %1 bis %2 Punkten sein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the texts of the page have more than %1 characters together</source>
        <translation>die Texte der Seite haben zusammen mehr als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;font&quot; must be an object</source>
        <translation>„font“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;data&quot; must be the image file in Base64</source>
        <translation>„data“ muss die Bilddatei in Base64 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 images on one page</source>
        <translation>mehr als %1 Bilder auf einer Seite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;data&quot; is not valid Base64</source>
        <translation>„data“ ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the images of the page have more than %1 pixels together</source>
        <translation>die Bilder der Seite haben zusammen mehr als %1 Pixel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;type&quot; is missing</source>
        <translation>„type“ fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown object type &quot;%1&quot;</source>
        <translation>unbekannter Objekttyp „%1“</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a Windows cover page (.cov): Fax Console reads only its own format; recreate the page in the Cover Page Editor</source>
        <translation>ein Windows-Deckblatt (.cov): Fax Console liest nur das eigene Format; erstellen Sie die Seite im Deckblatt-Editor neu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a cover page: nested more than %1 levels deep</source>
        <translation>kein Deckblatt: mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a cover page: %1 at line %2, column %3</source>
        <translation>kein Deckblatt: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a Fax Console cover page (it lacks &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>kein Deckblatt von Fax Console (es fehlt &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>„version“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: made by a newer version of Fax Console (cover page format %2; this version reads format %3 and older)</source>
        <translation>%1: mit einer neueren Version von Fax Console erstellt (Deckblattformat %2; diese Version liest Format %3 und älter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;page&quot; with the paper&apos;s &quot;width&quot; and &quot;height&quot; is missing</source>
        <translation>„page“ mit „width“ und „height“ des Papiers fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;objects&quot; must be a list</source>
        <translation>„objects“ muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 objects on one page</source>
        <translation>mehr als %1 Objekte auf einer Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="+136"/>
        <location filename="../engine/cover/coverlibrary.cpp" line="+151"/>
        <source>%1: no such cover page file</source>
        <translation>%1: Deckblattdatei nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/imaging/documentsource.cpp" line="-4"/>
        <location filename="../engine/imaging/textsource.cpp" line="+137"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="+150"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>%1: too large for a cover page (more than %2 MiB)</source>
        <translation>%1: zu groß für ein Deckblatt (mehr als %2 MiB)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: cannot write the cover page (%2)</source>
        <translation>%1: Das Deckblatt kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the embedded image is neither PNG nor JPEG</source>
        <translation>das eingebettete Bild ist weder PNG noch JPEG</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the embedded %1 image is damaged or incomplete</source>
        <translation>das eingebettete %1-Bild ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the embedded image is %1×%2 pixels; at most %3 on a side</source>
        <translation>das eingebettete Bild hat %1×%2 Pixel; höchstens %3 je Kante</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the image is %2×%3 pixels; at most %4 on a side</source>
        <translation>%1: Das Bild hat %2×%3 Pixel; höchstens %4 je Kante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not an image that a cover page can hold (%2)</source>
        <translation>%1: kein Bild, das ein Deckblatt aufnehmen kann (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many pixels</source>
        <translation>zu viele Pixel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot convert the image to PNG (%2)</source>
        <translation>%1: Das Bild kann nicht in PNG konvertiert werden (%2)</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentsource.cpp" line="+23"/>
        <source>%1: unsupported document format (supported: PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF and UTF-8 text)</source>
        <translation>%1: nicht unterstütztes Dokumentformat (unterstützt: PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF und UTF-8-Text)</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/contactimport.cpp" line="+26"/>
        <location filename="../engine/imaging/faxcodec.cpp" line="+23"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="+253"/>
        <location filename="../engine/imaging/pdfsource.cpp" line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has %1 contacts; at most %2 are imported from one file</source>
        <translation>sie enthält %1 Kontakte; aus einer Datei werden höchstens %2 importiert</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+53"/>
        <source>the file is too large for an address book (%1 MB; at most %2 MB)</source>
        <translation>die Datei ist zu groß für ein Adressbuch (%1 MB; höchstens %2 MB)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a text file (CSV or vCard expected)</source>
        <translation>dies ist keine Textdatei (CSV oder vCard erwartet)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>this is neither a vCard nor a CSV file of contacts (its first line names no columns)</source>
        <translation>dies ist weder eine vCard- noch eine CSV-Datei mit Kontakten (ihre erste Zeile benennt keine Spalten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has a header line but no contacts</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Kontakte</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>read as %1 it is no text (another character set may fit)</source>
        <translation>als %1 gelesen ist sie kein Text (ein anderer Zeichensatz passt vielleicht)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <location filename="../engine/imaging/tiffhandle.cpp" line="+182"/>
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
        <location filename="../engine/imaging/jbigcodec.cpp" line="+125"/>
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
        <location filename="../engine/imaging/imagesource.cpp" line="+28"/>
        <location filename="../engine/imaging/pdfsource.cpp" line="-97"/>
        <location filename="../engine/imaging/textsource.cpp" line="-41"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="-79"/>
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
        <location filename="../engine/imaging/tiffsource.cpp" line="+86"/>
        <source>%1: the document has no pages</source>
        <translation>%1: Das Dokument hat keine Seiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: PostScript needs Ghostscript (gs), which is not installed</source>
        <translation>%1: PostScript erfordert Ghostscript (gs), das nicht installiert ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no temporary directory for the conversion</source>
        <translation>%1: kein temporäres Verzeichnis für die Konvertierung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>stopped while Ghostscript converted %1; nothing was written</source>
        <translation>beim Konvertieren von %1 durch Ghostscript abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: Ghostscript took longer than the %2 s limit</source>
        <translation>%1: Ghostscript hat länger als das Zeitlimit von %2 s gebraucht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Ghostscript needed more than the %2 MiB memory limit</source>
        <translation>%1: Ghostscript hat mehr als das Speicherlimit von %2 MiB benötigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: Ghostscript ended abnormally (it crashed or was killed)</source>
        <translation>%1: Ghostscript wurde unerwartet beendet (abgestürzt oder abgebrochen)</translation>
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
        <location line="+5"/>
        <source>%1: text that is not UTF-8 (byte 0x%2 at offset %3); save it as UTF-8</source>
        <translation>%1: Text ist nicht in UTF-8 (Byte 0x%2 an Position %3); speichern Sie ihn als UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the document has no pages (empty text)</source>
        <translation>%1: Das Dokument hat keine Seiten (leerer Text)</translation>
    </message>
    <message>
        <location filename="../engine/modem/faxmodemdriver.cpp" line="+52"/>
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
        <location filename="../engine/modem/class1driver.cpp" line="+91"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+35"/>
        <source>initialising the modem on %1</source>
        <translation>Modem an %1 wird initialisiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+8"/>
        <source>&quot;%1&quot; is no number that can be dialled</source>
        <translation>„%1“ ist keine wählbare Nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+4"/>
        <source>dialling %1</source>
        <translation>%1 wird gewählt</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+14"/>
        <source>Sending stopped by the user while dialling %1</source>
        <translation>Senden beim Wählen von %1 vom Benutzer beendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+3"/>
        <source>No fax answered at %1 within %2 s (modem on %3: %4)</source>
        <translation>Unter %1 hat innerhalb von %2 s kein Fax geantwortet (Modem an %3: %4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+31"/>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../engine/modem/class2driver.cpp" line="+300"/>
        <source>The modem on %1 answered the call with %2 instead of a fax connection</source>
        <translation>Das Modem an %1 hat den Anruf mit %2 statt mit einer Faxverbindung beantwortet</translation>
    </message>
    <message>
        <location line="+112"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+123"/>
        <source>No pages to send</source>
        <translation>Keine Seiten zu senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+12"/>
        <source>sending page %1 at %2</source>
        <translation>Seite %1 wird mit %2 gesendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../engine/modem/class2driver.cpp" line="+78"/>
        <source>received page %1</source>
        <translation>Seite %1 empfangen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../engine/modem/class2driver_send.cpp" line="+58"/>
        <source>page %1 confirmed</source>
        <translation>Seite %1 bestätigt</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../engine/queue/jobstore.cpp" line="+53"/>
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
        <location line="+29"/>
        <source>Updating the database from schema version %1 to %2</source>
        <translation>Die Datenbank wird von Schemaversion %1 auf %2 aktualisiert</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Updating the revision</source>
        <translation>Aktualisieren der Revision</translation>
    </message>
    <message>
        <location filename="../engine/queue/jobstore_config.cpp" line="+11"/>
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
        <location filename="../engine/queue/jobstore_jobs.cpp" line="+15"/>
        <source>Reading changes</source>
        <translation>Lesen der Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Storing the submission</source>
        <translation>Speichern der Übermittlung</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Updating jobs</source>
        <translation>Aktualisieren der Aufträge</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+186"/>
        <location filename="../engine/server/hylafaxserver_jobs.cpp" line="+22"/>
        <location filename="../engine/server/localfaxserver_jobs.cpp" line="+261"/>
        <source>There is no job %1</source>
        <translation>Es gibt keinen Auftrag %1</translation>
    </message>
    <message>
        <location line="-139"/>
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
        <source>Reading the submission</source>
        <translation>Lesen der Übermittlung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no submission %1</source>
        <translation>Es gibt keine Übermittlung %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the recipient</source>
        <translation>Lesen des Empfängers</translation>
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
        <location filename="../engine/queue/scheduler.cpp" line="+112"/>
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
        <location filename="../engine/queue/spool.cpp" line="+75"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../engine/cover/coverfile.cpp" line="-130"/>
        <location filename="../engine/queue/spool.cpp" line="+2"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../engine/queue/spool.cpp" line="+3"/>
        <location line="+56"/>
        <location line="+17"/>
        <location filename="../engine/server/hylafaxsubmission.cpp" line="+234"/>
        <source>Cannot read the document %1: %2</source>
        <translation>Das Dokument %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Copying the documents into the spool folder %1 was canceled</source>
        <translation>Das Kopieren der Dokumente in den Spool-Ordner %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+72"/>
        <source>Cannot sync the spool folder %1: %2</source>
        <translation>Der Spool-Ordner %1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Cannot write into the spool folder %1: %2</source>
        <translation>In den Spool-Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1 into the spool folder %2: %3</source>
        <translation>%1 kann nicht in den Spool-Ordner %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot sync %1: %2</source>
        <translation>%1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver.cpp" line="+34"/>
        <source>The local fax engine is not connected (data folder %1)</source>
        <translation>Der lokale Faxdienst ist nicht verbunden (Datenordner %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to the local fax engine (data folder %1) was closed before this finished</source>
        <translation>Die Verbindung zum lokalen Faxdienst (Datenordner %1) wurde geschlossen, bevor der Vorgang abgeschlossen war</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The local fax engine (data folder %1) is already connecting</source>
        <translation>Der lokale Faxdienst (Datenordner %1) wird bereits verbunden</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="-115"/>
        <source>No process is dispatching fax jobs</source>
        <translation>Kein Prozess verteilt die Faxaufträge</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Port %1 cannot be removed while a call runs on it</source>
        <translation>Anschluss %1 kann nicht entfernt werden, solange darauf ein Anruf läuft</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxserver_jobs.cpp" line="+156"/>
        <source>Job %1 cannot be removed: it is %2</source>
        <translation>Auftrag %1 kann nicht entfernt werden: Status ist „%2“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no port %1</source>
        <translation>Es gibt keinen Anschluss %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../engine/server/localfaxserver.cpp" line="+19"/>
        <source>There is no received fax %1</source>
        <translation>Es gibt kein empfangenes Fax %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot make the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Downloading %1: %2</source>
        <translation>%1 wird heruntergeladen: %2</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver.cpp" line="+3"/>
        <source>The file %1 of received fax %2 is missing</source>
        <translation>Die Datei %1 des empfangenen Faxes %2 fehlt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no send job %1</source>
        <translation>Es gibt keinen Sendeauftrag %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The document %1 of job %2 is missing</source>
        <translation>Das Dokument %1 von Auftrag %2 fehlt</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_dispatcher.cpp" line="+106"/>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="+129"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>page 1 was confirmed</source>
        <translation>Seite 1 wurde bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages 1 to %1 were confirmed</source>
        <translation>Seiten 1 bis %1 wurden bestätigt</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Dialling %1 on port %2 to send from page %3 on; %4 earlier</source>
        <translation>%1 wird an Anschluss %2 gewählt, um ab Seite %3 zu senden; %4 bereits zuvor</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+26"/>
        <source>The line on port %1 could not start the call</source>
        <translation>Die Leitung an Anschluss %1 konnte den Anruf nicht beginnen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The call on port %1 failed: %2</source>
        <translation>Der Anruf an Anschluss %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Canceled while sending (%1)</source>
        <translation>Beim Senden abgebrochen (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The retry starts at page %1: %2.</source>
        <translation>Die Wiederholung beginnt mit Seite %1: %2.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sent, but not archived: %1</source>
        <translation>Gesendet, aber nicht archiviert: %1</translation>
    </message>
    <message>
        <location filename="../engine/server/submissionrules.cpp" line="+27"/>
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
        <location filename="../engine/cover/sendpreparation.cpp" line="+34"/>
        <source>The cover page cannot be used: %1</source>
        <translation>Das Deckblatt kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The cover page %1 cannot be drawn: %2</source>
        <translation>Das Deckblatt %1 kann nicht gezeichnet werden: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The fax has no cover page</source>
        <translation>Das Fax hat kein Deckblatt</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../engine/server/submissionrules.cpp" line="+3"/>
        <source>The fax has neither a document nor a cover page</source>
        <translation>Das Fax hat weder ein Dokument noch ein Deckblatt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create a working folder in %1: %2</source>
        <translation>In %1 kann kein Arbeitsordner erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/server/submissionrules.cpp" line="+4"/>
        <source>The fax is scheduled for a specific time but the time is not valid</source>
        <translation>Das Fax ist für eine bestimmte Uhrzeit geplant, aber die Uhrzeit ist ungültig</translation>
    </message>
    <message>
        <location filename="../engine/core/jobrules.cpp" line="+49"/>
        <source>Cannot %1 job %2: it is %3</source>
        <translation>Aktion „%1“ für Auftrag %2 nicht möglich: Status ist „%3“</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_lines.cpp" line="-326"/>
        <source>Canceled. The call was interrupted; %1 of %2 pages were confirmed, delivery of the remaining pages is unconfirmed.</source>
        <translation>Abgebrochen. Der Anruf wurde unterbrochen; %1 von %2 Seiten wurden bestätigt, die Zustellung der übrigen Seiten ist unbestätigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The call on port %1 was interrupted before it finished; %2 of %3 pages were confirmed, delivery of the remaining pages is unconfirmed.</source>
        <translation>Der Anruf an Anschluss %1 wurde vor dem Ende unterbrochen; %2 von %3 Seiten wurden bestätigt, die Zustellung der übrigen Seiten ist unbestätigt.</translation>
    </message>
    <message>
        <location line="+275"/>
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
        <location filename="../engine/modem/modemlinelogic.cpp" line="+238"/>
        <source>Cannot create a working folder for job %1: %2</source>
        <translation>Für Auftrag %1 kann kein Arbeitsordner erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/modem/receivedfaxwriter.cpp" line="+84"/>
        <source>Cannot create the folder %1 for received faxes</source>
        <translation>Der Ordner %1 für empfangene Faxe kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../engine/modem/modemlinelogic.cpp" line="-34"/>
        <source>page %1 could not be decoded (%2); </source>
        <translation>Seite %1 konnte nicht decodiert werden (%2); </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No received page could be decoded: %1</source>
        <translation>Keine empfangene Seite konnte decodiert werden: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>the modem does not answer its initialisation: %1</source>
        <translation>das Modem antwortet nicht auf seine Initialisierung: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waiting for calls on %1</source>
        <translation>wartet auf Anrufe an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for calls on %1 (fax Class %2)</source>
        <translation>wartet auf Anrufe an %1 (Fax-Class %2)</translation>
    </message>
    <message>
        <location line="-49"/>
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
        <location line="+48"/>
        <source>ringing (%1)</source>
        <translation>es klingelt (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the caller hung up before the call was answered</source>
        <translation>der Anrufer hat aufgelegt, bevor der Anruf angenommen wurde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>answering on %1</source>
        <translation>Anruf wird an %1 angenommen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>receiving page %1</source>
        <translation>Seite %1 wird empfangen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received %1 pages from %2 on port %3</source>
        <translation>%1 Seiten von %2 an Anschluss %3 empfangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/server/inboundrouter.cpp" line="+66"/>
        <source>an unknown sender</source>
        <translation>einem unbekannten Absender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call received on port %1 failed: %2</source>
        <translation>Der an Anschluss %1 empfangene Anruf ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the received pages could not be stored: %1</source>
        <translation>die empfangenen Seiten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All %1 pages of job %2 were confirmed by an earlier call</source>
        <translation>Alle %1 Seiten von Auftrag %2 wurden bei einem früheren Anruf bestätigt</translation>
    </message>
    <message>
        <location filename="../engine/modem/modemline.cpp" line="+201"/>
        <source>Port %1 is already in a call</source>
        <translation>An Anschluss %1 läuft bereits ein Anruf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>preparing job %1</source>
        <translation>Auftrag %1 wird vorbereitet</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location filename="../engine/cover/coverlibrary.cpp" line="-118"/>
        <location filename="../engine/server/inboundrouter.cpp" line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1: only the common cover pages may be used (the server&apos;s ServerCoverpage setting is on); they are: %2</source>
        <translation>%1: Es dürfen nur die allgemeinen Deckblätter verwendet werden (die Servereinstellung ServerCoverpage ist aktiviert); diese sind: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cover page named</source>
        <translation>kein Deckblatt angegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not a cover page file</source>
        <translation>%1: keine Deckblattdatei</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is a personal cover page</source>
        <translation>„%1“ ist ein persönliches Deckblatt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no cover page named &quot;%1&quot;; there are: %2</source>
        <translation>kein Deckblatt namens „%1“; vorhanden sind: %2</translation>
    </message>
    <message>
        <location filename="../engine/server/inboundrouter.cpp" line="+3"/>
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
        <location filename="../engine/server/localfaxserver_lines.cpp" line="+19"/>
        <source>Port %1 is driven by another process (the one dispatching fax jobs); answer the call there</source>
        <translation>Anschluss %1 wird von einem anderen Prozess gesteuert (dem, der Faxaufträge verteilt); nehmen Sie den Anruf dort an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 cannot answer: %2</source>
        <translation>Anschluss %1 kann nicht annehmen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No call is ringing on port %1</source>
        <translation>An Anschluss %1 klingelt kein Anruf</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>No driver can run this port</source>
        <translation>Kein Treiber kann diesen Anschluss betreiben</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../engine/core/dialingrules.cpp" line="+14"/>
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
        <location filename="../engine/modem/faxmodemdriver.cpp" line="+51"/>
        <source>The modem on %1 answered AT+FCLASS=? with %2: it is no fax modem</source>
        <translation>Das Modem an %1 hat AT+FCLASS=? mit %2 beantwortet: Es ist kein Faxmodem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The modem on %1 offers no fax class this program drives (it lists %2; wanted 1, 2.0 or 2)</source>
        <translation>Das Modem an %1 bietet keine Faxklasse, die dieses Programm betreiben kann (es nennt %2; benötigt: 1, 2.0 oder 2)</translation>
    </message>
    <message>
        <location filename="../engine/modem/class2driver_params.cpp" line="+292"/>
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
        <location filename="../engine/modem/class2driver.cpp" line="-215"/>
        <source>The modem on %1 does not do fax Class %2: it answered %3 with %4</source>
        <translation>Das Modem an %1 beherrscht Faxklasse %2 nicht: Es hat %3 mit %4 beantwortet</translation>
    </message>
    <message>
        <location filename="../engine/modem/class2driver_send.cpp" line="-202"/>
        <source>The modem on %1 reported no fax connection to %2 (no %3)</source>
        <translation>Das Modem an %1 hat keine Faxverbindung zu %2 gemeldet (kein %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connected to %1 (%2)</source>
        <translation>verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+26"/>
        <source>it answered %1 without a page status</source>
        <translation>es hat mit %1 ohne Seitenstatus geantwortet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The outcome of page %1 is unknown: it went out to %2, but the modem on %3 did not say whether it arrived (%4). %5 pages before it were confirmed.</source>
        <translation>Das Ergebnis von Seite %1 ist unbekannt: Sie wurde an %2 gesendet, aber das Modem an %3 hat nicht gemeldet, ob sie angekommen ist (%4). %5 Seiten davor wurden bestätigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending to %1 stopped by the user after %2 confirmed pages; the outcome of page %3 is unknown</source>
        <translation>Senden an %1 nach %2 bestätigten Seiten vom Benutzer beendet; das Ergebnis von Seite %3 ist unbekannt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Modem on %1 answered AT+FDT for page %2 with %3</source>
        <translation>Modem an %1 hat AT+FDT für Seite %2 mit %3 beantwortet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Modem on %1 ended the data of page %2 with %3</source>
        <translation>Modem an %1 hat die Daten von Seite %2 mit %3 abgeschlossen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rejected page %2 %3 times (RTN): the line is too poor</source>
        <translation>%1 hat Seite %2 %3-mal abgelehnt (RTN): Die Leitungsqualität ist zu schlecht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page %1 rejected by %2, sending it again</source>
        <translation>Seite %1 von %2 abgelehnt, wird erneut gesendet</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+38"/>
        <source>%1 asked for an operator (%2) after page %3: the call was ended</source>
        <translation>%1 hat nach Seite %3 einen Bediener angefordert (%2): Der Anruf wurde beendet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sent %1 pages to %2 on %3</source>
        <translation>%1 Seiten an %2 über %3 gesendet</translation>
    </message>
    <message>
        <location filename="../engine/modem/class2driver.cpp" line="+124"/>
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
        <location filename="../engine/server/outboundarchive.cpp" line="+46"/>
        <source>The archive copy of job %1 in %2</source>
        <translation>Die Archivkopie von Auftrag %1 in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written: the folder cannot be created</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../engine/imaging/boundedconverter.cpp" line="+70"/>
        <source>cannot start the conversion process (%1)</source>
        <translation>der Konvertierungsprozess kann nicht gestartet werden (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the helper program %1 is missing</source>
        <translation>das Hilfsprogramm %1 fehlt</translation>
    </message>
    <message>
        <location line="+149"/>
        <location filename="../engine/imaging/documentconverter.cpp" line="+125"/>
        <source>stopped while opening %1; nothing was written</source>
        <translation>beim Öffnen von %1 abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: opening it took longer than the %2 s limit</source>
        <translation>%1: Das Öffnen hat länger als das Zeitlimit von %2 s gedauert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: opening it needed more than the %2 MiB memory limit</source>
        <translation>%1: Das Öffnen hat mehr als das Speicherlimit von %2 MiB benötigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the document made the converter crash while opening it (%2)</source>
        <translation>%1: Das Dokument hat beim Öffnen den Konverter zum Absturz gebracht (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: page %2 took longer than the %3 s limit</source>
        <translation>%1: Seite %2 hat länger als das Zeitlimit von %3 s gedauert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: page %2 needed more than the %3 MiB memory limit</source>
        <translation>%1: Seite %2 hat mehr als das Speicherlimit von %3 MiB benötigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: page %2 made the converter crash (%3)</source>
        <translation>%1: Seite %2 hat den Konverter zum Absturz gebracht (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: writing the fax took longer than the %2 s limit</source>
        <translation>%1: Das Schreiben des Faxes hat länger als das Zeitlimit von %2 s gedauert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: writing the fax needed more than the %2 MiB memory limit</source>
        <translation>%1: Das Schreiben des Faxes hat mehr als das Speicherlimit von %2 MiB benötigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the converter crashed (%2)</source>
        <translation>%1: Der Konverter ist abgestürzt (%2)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the helper program %1 cannot run</source>
        <translation>das Hilfsprogramm %1 kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the conversion process ended unexpectedly (exit status %2)</source>
        <translation>%1: Der Konvertierungsprozess wurde unerwartet beendet (Exitstatus %2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="+17"/>
        <source>%1: cannot create the file (%2)</source>
        <translation>%1: Die Datei kann nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot replace the file (%2)</source>
        <translation>%1: Die Datei kann nicht ersetzt werden (%2)</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxtiff.cpp" line="+10"/>
        <location line="+144"/>
        <source>%1: the file is not open for writing</source>
        <translation>%1: Die Datei ist nicht zum Schreiben geöffnet</translation>
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
        <location filename="../engine/imaging/documentsource.cpp" line="-78"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="+9"/>
        <source>%1: page %2: %3</source>
        <translation>%1: Seite %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentconverter.cpp" line="+178"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="-183"/>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxtiff.cpp" line="+13"/>
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
        <location line="+70"/>
        <location line="+46"/>
        <source>no such page (the file has %1)</source>
        <translation>Seite nicht vorhanden (die Datei hat %1)</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>not a bilevel (black and white) page</source>
        <translation>keine Schwarzweißseite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>absurd page size %1 x %2</source>
        <translation>unsinnige Seitengröße %1 x %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+63"/>
        <source>tiled pages are not supported</source>
        <translation>gekachelte Seiten werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="-49"/>
        <location filename="../engine/imaging/tiffsource.cpp" line="-67"/>
        <source>damaged fax data: %1</source>
        <translation>beschädigte Faxdaten: %1</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxpagecheck.cpp" line="+22"/>
        <source>its coded data cannot be read (%1)</source>
        <translation>die codierten Daten können nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the coded data is cut short (%1 of its %2 bytes are missing)</source>
        <translation>die codierten Daten sind abgeschnitten (%1 von %2 Bytes fehlen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 line with invalid code words</source>
        <translation>1 Zeile mit ungültigen Codewörtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lines with invalid code words</source>
        <translation>%1 Zeilen mit ungültigen Codewörtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line of the wrong length</source>
        <translation>1 Zeile mit falscher Länge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines of the wrong length</source>
        <translation>%1 Zeilen mit falscher Länge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tags claim %1 lines, more than a fax page can have (at most %2), and the data holds %3</source>
        <translation>die Tags geben %1 Zeilen an, mehr als eine Faxseite haben kann (höchstens %2), und die Daten enthalten %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the tags claim %1 lines, more than a fax page can have (at most %2)</source>
        <translation>die Tags geben %1 Zeilen an, mehr als eine Faxseite haben kann (höchstens %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data ends after line %1 of the %2 lines the tags claim</source>
        <translation>die Daten enden nach Zeile %1 der %2 Zeilen, die die Tags angeben</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../engine/imaging/faxtiff.cpp" line="+13"/>
        <location line="+14"/>
        <location filename="../engine/imaging/textsource.cpp" line="-59"/>
        <source>out of memory</source>
        <translation>nicht genügend Speicher</translation>
    </message>
    <message>
        <location filename="../engine/imaging/faxtiff.cpp" line="-21"/>
        <location line="+11"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not an MH, MR or MMR page</source>
        <translation>keine MH-, MR- oder MMR-Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>absurd page width %1</source>
        <translation>unsinnige Seitenbreite %1</translation>
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
        <location filename="../engine/imaging/tiffsource.cpp" line="-11"/>
        <source>absurd picture dimensions %1 x %2</source>
        <translation>unsinnige Bildabmessungen %1 x %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: page %2: re-coded the %3 lines that decode (%4)</source>
        <translation>%1: Seite %2: die %3 decodierbaren Zeilen neu codiert (%4)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>out of memory for %1 x %2 pixels</source>
        <translation>nicht genügend Speicher für %1 x %2 Pixel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unreadable picture data</source>
        <translation>unlesbare Bilddaten</translation>
    </message>
    <message>
        <location filename="../engine/modem/atdialogue.cpp" line="+212"/>
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
        <location filename="../engine/modem/class2driver.cpp" line="-177"/>
        <source>Modem on %1 answered %2 with %3</source>
        <translation>Modem an %1 hat %2 mit %3 beantwortet</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stopped waiting for the answer of the modem on %1 to %2: cancelled</source>
        <translation>Warten auf die Antwort des Modems an %1 auf %2 beendet: abgebrochen</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../engine/modem/faxpagesource.cpp" line="+31"/>
        <source>The job has no documents to send</source>
        <translation>Der Auftrag hat keine zu sendenden Dokumente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The documents of the job make no page (%1)</source>
        <translation>Aus den Dokumenten des Auftrags entsteht keine Seite (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The job has no page %1</source>
        <translation>Der Auftrag hat keine Seite %1</translation>
    </message>
    <message>
        <location filename="../engine/modem/modemprobe.cpp" line="+65"/>
        <source>Nothing on %1 answers AT (not a modem, switched off, or a wrong speed): %2</source>
        <translation>An %1 antwortet nichts auf AT (kein Modem, ausgeschaltet oder falsche Geschwindigkeit): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The device on %1 answered AT with %2: not a usable modem</source>
        <translation>Das Gerät an %1 hat AT mit %2 beantwortet: kein verwendbares Modem</translation>
    </message>
    <message>
        <location filename="../engine/modem/serialtransport.cpp" line="+46"/>
        <source>The modem device %1 does not exist</source>
        <translation>Das Modemgerät %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a modem: it is no serial device (%2)</source>
        <translation>%1 ist kein Modem: Es ist kein serielles Gerät (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open modem port %1: %2</source>
        <translation>Modemanschluss %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot set up modem port %1 (%2 bit/s): %3</source>
        <translation>Modemanschluss %1 kann nicht eingerichtet werden (%2 bit/s): %3</translation>
    </message>
    <message>
        <location filename="../engine/modem/modemsession.cpp" line="+75"/>
        <location filename="../engine/modem/serialtransport.cpp" line="+28"/>
        <source>Modem port %1 is not open</source>
        <translation>Modemanschluss %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../engine/modem/serialtransport.cpp" line="+3"/>
        <source>Cannot write to modem port %1: %2</source>
        <translation>In Modemanschluss %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Modem on %1 accepted no data for 30 s (flow control stuck?)</source>
        <translation>Modem an %1 hat 30 s lang keine Daten angenommen (Flusskontrolle blockiert?)</translation>
    </message>
    <message>
        <location filename="../engine/modem/uucplock.cpp" line="+92"/>
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
        <location filename="../engine/t30/t30capabilities.cpp" line="+160"/>
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
        <location filename="../engine/t30/t30frames.cpp" line="+142"/>
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
        <location filename="../engine/t30/t30receiver.cpp" line="+137"/>
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
        <location filename="../engine/t30/t30sender.cpp" line="+47"/>
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
        <location filename="../engine/imaging/boundedconverter.cpp" line="-33"/>
        <location filename="../engine/imaging/documentconverter.cpp" line="-191"/>
        <source>%1: no documents to convert</source>
        <translation>%1: keine Dokumente zu konvertieren</translation>
    </message>
    <message>
        <location filename="../engine/imaging/documentconverter.cpp" line="+28"/>
        <source>%1: %2 pages exceed the limit of %3</source>
        <translation>%1: %2 Seiten überschreiten die Grenze von %3</translation>
    </message>
    <message>
        <location filename="../engine/imaging/boundedconverter.cpp" line="-215"/>
        <location filename="../engine/imaging/documentconverter.cpp" line="+110"/>
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
    <message>
        <location filename="../engine/cover/coverfields.cpp" line="+16"/>
        <source>Recipient Name</source>
        <translation>Name des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Fax Number</source>
        <translation>Faxnummer des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Company</source>
        <translation>Firma des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Street Address</source>
        <translation>Adresse des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient City</source>
        <translation>Ort des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient State</source>
        <translation>Bundesland des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient ZIP Code</source>
        <translation>PLZ des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Country</source>
        <translation>Land des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Title</source>
        <translation>Titel des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Department</source>
        <translation>Abteilung des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Office Location</source>
        <translation>Bürostandort des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Home Phone</source>
        <translation>Telefon (privat) des Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Office Phone</source>
        <translation>Telefon (geschäftlich) des Empfängers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Name</source>
        <translation>Name des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Fax Number</source>
        <translation>Faxnummer des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Company</source>
        <translation>Firma des Absenders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Street Address</source>
        <translation>Adresse des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender City</source>
        <translation>Ort des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender State</source>
        <translation>Bundesland des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender ZIP Code</source>
        <translation>PLZ des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Country</source>
        <translation>Land des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender Title</source>
        <translation>Titel des Absenders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Department</source>
        <translation>Abteilung des Absenders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Office Location</source>
        <translation>Bürostandort des Absenders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Home Phone</source>
        <translation>Telefon (privat) des Absenders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Office Phone</source>
        <translation>Telefon (geschäftlich) des Absenders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender E-mail Address</source>
        <translation>E-Mail-Adresse des Absenders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Billing Code</source>
        <translation>Abrechnungscode des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Sent</source>
        <translation>Sendedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time Sent</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of Pages</source>
        <translation>Seitenanzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of Attachments</source>
        <translation>Anzahl der Anlagen</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../engine/cover/coverrenderer.cpp" line="+211"/>
        <source>cover page: drawing text needs a QGuiApplication</source>
        <translation>Deckblatt: Zum Zeichnen von Text wird eine QGuiApplication benötigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cover page: a %1 × %2 point page does not fit a fax page</source>
        <translation>Deckblatt: Eine Seite von %1 × %2 Punkt passt nicht auf eine Faxseite</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>cover page: out of memory</source>
        <translation>Deckblatt: nicht genügend Speicher</translation>
    </message>
    <message>
        <location filename="../engine/server/faxoperation.cpp" line="+36"/>
        <source>Canceled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../engine/server/faxserver.cpp" line="+25"/>
        <source>pause job %1</source>
        <translation>Anhalten von Auftrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resume job %1</source>
        <translation>Fortsetzen von Auftrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancel job %1</source>
        <translation>Abbrechen von Auftrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restart job %1</source>
        <translation>Neustarten von Auftrag %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fax server connection was closed before this finished</source>
        <translation>Die Verbindung zum Faxserver wurde geschlossen, bevor der Vorgang abgeschlossen war</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 cannot %2</source>
        <translation>%1: %2 nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot %2: %3</source>
        <translation>%1: %2 nicht möglich: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connect to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>change the server settings</source>
        <translation>Ändern der Servereinstellungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 cannot change the setting %2: %3</source>
        <translation>%1 kann die Einstellung %2 nicht ändern: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>submit a fax</source>
        <translation>Übermitteln eines Faxes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>remove job %1</source>
        <translation>Entfernen von Auftrag %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add port %1</source>
        <translation>Hinzufügen von Anschluss %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>change port %1</source>
        <translation>Ändern von Anschluss %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot change the setting %2 of port %3: %4</source>
        <translation>%1 kann die Einstellung %2 von Anschluss %3 nicht ändern: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>remove port %1</source>
        <translation>Entfernen von Anschluss %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>answer a call on port %1 by hand</source>
        <translation>manuelles Annehmen eines Anrufs an Anschluss %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fetch received fax %1</source>
        <translation>Abrufen des empfangenen Faxes %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fetch the documents of job %1</source>
        <translation>Abrufen der Dokumente von Auftrag %1</translation>
    </message>
    <message>
        <location filename="../engine/server/localfaxserver_jobs.cpp" line="-155"/>
        <source>Copying the documents into the queue: %1 of %2</source>
        <translation>Dokumente werden in die Warteschlange kopiert: %1 von %2</translation>
    </message>
    <message>
        <location filename="../engine/server/operationwait.cpp" line="+52"/>
        <source>The fax server went away before it finished</source>
        <translation>Der Faxserver war nicht mehr erreichbar, bevor der Vorgang abgeschlossen war</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <location filename="../models/listfilter.cpp" line="-6"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/viewer/faxoutput.cpp" line="+49"/>
        <source>%1 has no pages</source>
        <translation>%1 hat keine Seiten</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/contactimport.cpp" line="+19"/>
        <location filename="../engine/server/hylafaxserver_jobs.cpp" line="-15"/>
        <location line="+29"/>
        <location filename="../ui/viewer/faxoutput.cpp" line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/faxoutput.cpp" line="+25"/>
        <source>the PDF cannot be started</source>
        <translation>die PDF-Datei kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a page cannot be added</source>
        <translation>eine Seite kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no pages to print</source>
        <translation>%1 hat keine Seiten zum Drucken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot print on %1: the printer cannot be opened</source>
        <translation>Auf %1 kann nicht gedruckt werden: Der Drucker kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing %1 failed</source>
        <translation>Drucken von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/addressbook.cpp" line="+27"/>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Address book %1: %2 failed: %3</source>
        <translation>Adressbuch %1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the folder %1 for the address book</source>
        <translation>Der Ordner %1 für das Adressbuch kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>creating the tables</source>
        <translation>Erstellen der Tabellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address book %1 was written by a newer version of the program (schema %2; this one reads %3)</source>
        <translation>Das Adressbuch %1 wurde von einer neueren Version des Programms geschrieben (Schema %2; diese Version liest %3)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The address book is not open</source>
        <translation>Das Adressbuch ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>storing the group</source>
        <translation>Speichern der Gruppe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no group %1</source>
        <translation>Es gibt keine Gruppe %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>storing the groups of a contact</source>
        <translation>Speichern der Gruppen eines Kontakts</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>storing a contact</source>
        <translation>Speichern eines Kontakts</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>adding a contact</source>
        <translation>Hinzufügen eines Kontakts</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>importing contacts</source>
        <translation>Importieren von Kontakten</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>changing a contact</source>
        <translation>Ändern eines Kontakts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contact %1 is no longer in the address book</source>
        <translation>Der Kontakt %1 ist nicht mehr im Adressbuch</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>deleting contacts</source>
        <translation>Löschen von Kontakten</translation>
    </message>
    <message>
        <location line="+155"/>
        <location line="+24"/>
        <source>A group needs a name</source>
        <translation>Eine Gruppe benötigt einen Namen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>adding a group</source>
        <translation>Hinzufügen einer Gruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>There is already a group named %1</source>
        <translation>Es gibt bereits eine Gruppe namens %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+11"/>
        <source>renaming a group</source>
        <translation>Umbenennen einer Gruppe</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>deleting a group</source>
        <translation>Löschen einer Gruppe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>changing the members of a group</source>
        <translation>Ändern der Mitglieder einer Gruppe</translation>
    </message>
    <message>
        <location filename="../engine/addressbook/vcardformat.cpp" line="+309"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>this is not a vCard property (it has no &apos;:&apos;)</source>
        <translation>dies ist keine vCard-Eigenschaft (es fehlt „:“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a vCard begins inside the vCard of line %1, which has no END:VCARD</source>
        <translation>eine vCard beginnt innerhalb der vCard aus Zeile %1, die kein END:VCARD hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BEGIN:VCARD expected</source>
        <translation>BEGIN:VCARD erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is outside a vCard (BEGIN:VCARD expected)</source>
        <translation>dies steht außerhalb einer vCard (BEGIN:VCARD erwartet)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vCard version %1 is not supported (2.1, 3.0 and 4.0 are)</source>
        <translation>vCard-Version %1 wird nicht unterstützt (unterstützt werden 2.1, 3.0 und 4.0)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the vCard that begins here has no END:VCARD (the file may be truncated)</source>
        <translation>die hier beginnende vCard hat kein END:VCARD (die Datei ist möglicherweise unvollständig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file has no vCard</source>
        <translation>%1: Die Datei enthält keine vCard</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxconnection.cpp" line="+58"/>
        <source>no greeting within %1 s: is it a HylaFAX server?</source>
        <translation>keine Begrüßung innerhalb von %1 s: Ist es ein HylaFAX-Server?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server stopped in the middle of a reply for %1 s</source>
        <translation>der Server hat %1 s lang mitten in einer Antwort angehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot reach the HylaFAX server %1: %2</source>
        <translation>Der HylaFAX-Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>HylaFAX server %1: %2</source>
        <translation>HylaFAX-Server %1: %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>cannot listen for the server&apos;s data connection</source>
        <translation>auf die Datenverbindung des Servers kann nicht gewartet werden</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>an event line is too long</source>
        <translation>eine Ereigniszeile ist zu lang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot store what %1 sent: %2</source>
        <translation>Was %1 gesendet hat, kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the answer to &apos;%1&apos; is larger than %2 bytes</source>
        <translation>die Antwort auf „%1“ ist größer als %2 Byte</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The HylaFAX server %1 does not take clients now: %2</source>
        <translation>Der HylaFAX-Server %1 nimmt zurzeit keine Clients an: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a HylaFAX server: it greets with &apos;%2&apos;</source>
        <translation>%1 ist kein HylaFAX-Server: Er begrüßt mit „%2“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The HylaFAX server %1 closed the connection: %2</source>
        <translation>Der HylaFAX-Server %1 hat die Verbindung geschlossen: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>HylaFAX server %1 did not answer &apos;%2&apos;</source>
        <translation>HylaFAX-Server %1 hat auf &apos;%2&apos; nicht geantwortet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is no passive data port</source>
        <translation>„%1“ ist kein passiver Datenport</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxlisting.cpp" line="+78"/>
        <source>&apos;%1&apos;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+55"/>
        <location line="+47"/>
        <source>the line is too long</source>
        <translation>die Zeile ist zu lang</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+55"/>
        <location line="+47"/>
        <source>the line does not have the fields asked for</source>
        <translation>die Zeile enthält nicht die angeforderten Felder</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>the job number is not a number</source>
        <translation>die Auftragsnummer ist keine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the job state is unknown</source>
        <translation>der Auftragsstatus ist unbekannt</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+33"/>
        <source>a count is not a number</source>
        <translation>eine Anzahl ist keine Zahl</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the file is not a received fax</source>
        <translation>die Datei ist kein empfangenes Fax</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&apos;%1&apos; is no job state</source>
        <translation>„%1“ ist kein Auftragsstatus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the job state names no job</source>
        <translation>der Auftragsstatus nennt keinen Auftrag</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxreply.cpp" line="+90"/>
        <location line="+8"/>
        <source>a reply line is longer than %1 bytes</source>
        <translation>eine Antwortzeile ist länger als %1 Byte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a reply holds a NUL byte</source>
        <translation>eine Antwort enthält ein NUL-Byte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is no reply of a HylaFAX server</source>
        <translation>„%1“ ist keine Antwort eines HylaFAX-Servers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a reply has more than %1 lines</source>
        <translation>eine Antwort hat mehr als %1 Zeilen</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxsession.cpp" line="+62"/>
        <source>The HylaFAX server %1 did not %2: %3</source>
        <translation>HylaFAX-Server %1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The HylaFAX server %1:%2 refused the login of %3: wrong user name or password, or the user may not connect from here (%4)</source>
        <translation>Der HylaFAX-Server %1:%2 hat die Anmeldung von %3 abgelehnt: falscher Benutzername oder falsches Kennwort, oder der Benutzer darf sich nicht von hier aus verbinden (%4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The HylaFAX server %1 asks for the password of %2, and none was given</source>
        <translation>Der HylaFAX-Server %1 fragt nach dem Kennwort von %2, und es wurde keines angegeben</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server refused administrator rights (%1)</source>
        <translation>der Server hat Administratorrechte verweigert (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The HylaFAX server %1 refused &apos;%2&apos;: %3</source>
        <translation>Der HylaFAX-Server %1 hat „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../engine/hylafax/hylafaxtriggerstream.cpp" line="+54"/>
        <source>The HylaFAX server %1 ended its event stream: %2</source>
        <translation>Der HylaFAX-Server %1 hat seinen Ereignisstrom beendet: %2</translation>
    </message>
    <message>
        <location filename="../engine/printing/printinbox.cpp" line="+66"/>
        <source>%1 is a symbolic link, which is never followed</source>
        <translation>%1 ist eine symbolische Verknüpfung, der nie gefolgt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Printed documents cannot be received in %1: %2</source>
        <translation>Gedruckte Dokumente können nicht in %1 empfangen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1 is not a printed document of the print inbox</source>
        <translation>%1 ist kein gedrucktes Dokument des Druckeingangs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the printed document %1</source>
        <translation>Das gedruckte Dokument %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxjobdefaults.cpp" line="+86"/>
        <source>HylaFAX removes finished jobs with faxqclean on the server</source>
        <translation>HylaFAX entfernt beendete Aufträge mit faxqclean auf dem Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX prints the header line its modem configuration sets (TagLineFormat) on the server</source>
        <translation>HylaFAX druckt die Kopfzeile, die seine Modemkonfiguration festlegt (TagLineFormat), auf dem Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HylaFAX archives sent faxes in the archive folder of its spool on the server</source>
        <translation>HylaFAX archiviert gesendete Faxe im Archivordner seines Spool-Verzeichnisses auf dem Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX&apos;s queue is held on the server itself (faxstate, faxquit)</source>
        <translation>Die Warteschlange von HylaFAX wird auf dem Server selbst angehalten (faxstate, faxquit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX hands received faxes on with its FaxDispatch script on the server</source>
        <translation>HylaFAX leitet empfangene Faxe mit seinem FaxDispatch-Skript auf dem Server weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX applies the dialing rules of its configuration (etc/config, etc/dialrules) on the server</source>
        <translation>HylaFAX wendet die Wählregeln seiner Konfiguration (etc/config, etc/dialrules) auf dem Server an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HylaFAX keeps it in its configuration on the server</source>
        <translation>HylaFAX verwaltet dies in seiner Konfiguration auf dem Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; its client protocol cannot change it</source>
        <translation>%1; sein Client-Protokoll kann dies nicht ändern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot make the folder of %1</source>
        <translation>Der Ordner von %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the HylaFAX job defaults to %1</source>
        <translation>Die Auftragsvorgaben für HylaFAX können nicht in %1 geschrieben werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry delay (retry-delay): a HylaFAX server takes at most 59 minutes, not %1</source>
        <translation>Wiederholungsintervall (retry-delay): Ein HylaFAX-Server erlaubt höchstens 59 Minuten, nicht %1</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxserver.cpp" line="+77"/>
        <source>HylaFAX&apos;s modems are set up on the server itself (faxaddmodem, faxgetty)</source>
        <translation>Die Modems von HylaFAX werden auf dem Server selbst eingerichtet (faxaddmodem, faxgetty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HylaFAX&apos;s faxgetty answers calls by itself</source>
        <translation>faxgetty von HylaFAX nimmt Anrufe selbstständig an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HylaFAX keeps a job&apos;s documents in its spool as prepared for sending; they are not fetched back</source>
        <translation>HylaFAX bewahrt die Dokumente eines Auftrags in seinem Spool-Verzeichnis in der für das Senden vorbereiteten Form auf; sie werden nicht zurückgeholt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HylaFAX does not send a finished job again; submit the fax anew</source>
        <translation>HylaFAX sendet einen beendeten Auftrag nicht erneut; übermitteln Sie das Fax neu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only an administrator may switch HylaFAX&apos;s modems on and off (connect as administrator)</source>
        <translation>nur ein Administrator darf die Modems von HylaFAX ein- und ausschalten (als Administrator verbinden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only an administrator may switch HylaFAX&apos;s modems on and off, and %1</source>
        <translation>nur ein Administrator darf die Modems von HylaFAX ein- und ausschalten, und %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HylaFAX keeps it in the modem&apos;s configuration on the server (etc/config.&lt;modem&gt;); its client protocol cannot change it</source>
        <translation>HylaFAX verwaltet dies in der Konfiguration des Modems auf dem Server (etc/config.&lt;modem&gt;); sein Client-Protokoll kann dies nicht ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HylaFAX keeps a modem&apos;s serial speed, flow control, rings and class in its configuration on the server (etc/config.&lt;modem&gt;); its client protocol does not report them</source>
        <translation>HylaFAX führt Übertragungsrate, Flusssteuerung, Klingelzeichen und Faxklasse eines Modems in seiner Konfiguration auf dem Server (etc/config.&lt;modem&gt;); sein Client-Protokoll meldet sie nicht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The HylaFAX server %1 is not reachable now; reconnecting</source>
        <translation>Der HylaFAX-Server %1 ist zurzeit nicht erreichbar; die Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected to the HylaFAX server %1</source>
        <translation>Nicht mit dem HylaFAX-Server %1 verbunden</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The connection to the HylaFAX server was closed</source>
        <translation>Die Verbindung zum HylaFAX-Server wurde geschlossen</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+87"/>
        <source>The connection to the HylaFAX server %1 was closed before this finished</source>
        <translation>Die Verbindung zum HylaFAX-Server %1 wurde geschlossen, bevor der Vorgang abgeschlossen war</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The connection to the HylaFAX server %1 is being made already</source>
        <translation>Die Verbindung zum HylaFAX-Server %1 wird bereits hergestellt</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxserver_read.cpp" line="+225"/>
        <source>list %1</source>
        <translation>Auflisten von %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>show job %1</source>
        <translation>Anzeigen von Auftrag %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Sending switched off (%1)</source>
        <translation>Senden ausgeschaltet (%1)</translation>
    </message>
    <message>
        <location filename="../engine/server/hylafaxsubmission.cpp" line="-162"/>
        <source>Cannot read the document %1</source>
        <translation>Das Dokument %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cover pages, text and pictures are made into fax pages here before they go to the HylaFAX server, and this program cannot draw (it has no QGuiApplication)</source>
        <translation>Deckblätter, Text und Bilder werden hier zu Faxseiten aufbereitet, bevor sie an den HylaFAX-Server gehen, und dieses Programm kann nicht zeichnen (es hat keine QGuiApplication)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the documents</source>
        <translation>Die Dokumente werden vorbereitet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot make a temporary folder</source>
        <translation>Es kann kein temporärer Ordner erstellt werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is no document a fax can be made of (PDF, PostScript, TIFF, a picture or text)</source>
        <translation>%1 ist kein Dokument, aus dem ein Fax erstellt werden kann (PDF, PostScript, TIFF, ein Bild oder Text)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Uploading %1: %2 of %3</source>
        <translation>%1 wird hochgeladen: %2 von %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>take the document %1</source>
        <translation>Übernehmen des Dokuments %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The HylaFAX server %1 did not say where it stored the document %2 (%3)</source>
        <translation>Der HylaFAX-Server %1 hat nicht mitgeteilt, wo er das Dokument %2 gespeichert hat (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uploaded %1 of %2</source>
        <translation>%1 von %2 hochgeladen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>start a new job</source>
        <translation>Beginnen eines neuen Auftrags</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>make a job</source>
        <translation>Erstellen eines Auftrags</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>set %1 of job %2</source>
        <translation>Festlegen von %1 für Auftrag %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>submit job %1</source>
        <translation>Übermitteln von Auftrag %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The fax was not submitted: canceled</source>
        <translation>Das Fax wurde nicht übermittelt: abgebrochen</translation>
    </message>
    <message>
        <location filename="../engine/server/passwordstore.cpp" line="+34"/>
        <source>no desktop keyring is running (%1)</source>
        <translation>es läuft kein Desktop-Schlüsselbund (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the desktop keyring refused access (%1)</source>
        <translation>der Desktop-Schlüsselbund hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desktop keyring failed (%1)</source>
        <translation>der Desktop-Schlüsselbund ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the desktop keyring did not answer within %1 s</source>
        <translation>der Desktop-Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password for %1 was not saved: %2. It is kept nowhere else and will be asked for again.</source>
        <translation>Das Kennwort für %1 wurde nicht gespeichert: %2. Es wird nirgendwo anders aufbewahrt und erneut abgefragt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The password for %1 was not saved: the desktop keyring did not answer within %2 s</source>
        <translation>Das Kennwort für %1 wurde nicht gespeichert: Der Desktop-Schlüsselbund hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the desktop keyring did not answer</source>
        <translation>der Desktop-Schlüsselbund hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>Fax::ActionRegistry</name>
    <message>
        <location filename="../ui/consoleactions.cpp" line="+22"/>
        <source>&amp;View Fax</source>
        <translation>Fax an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected fax in the Fax Viewer</source>
        <translation>Das ausgewählte Fax in der Faxanzeige öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;use</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the selected jobs in the queue</source>
        <translation>Die ausgewählten Aufträge in der Warteschlange zurückhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected paused jobs be sent</source>
        <translation>Die ausgewählten angehaltenen Aufträge senden lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected jobs</source>
        <translation>Die ausgewählten Aufträge beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the selected failed or canceled jobs again</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Aufträge erneut in die Warteschlange stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>Lösch&amp;en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected finished jobs</source>
        <translation>Die ausgewählten beendeten Aufträge entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;send…</source>
        <translation>Erneut &amp;senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected fax again, to the same recipient</source>
        <translation>Das ausgewählte Fax erneut an denselben Empfänger senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transmission Rep&amp;ort…</source>
        <translation>Übertragungs&amp;bericht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as U&amp;nread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port Propert&amp;ies…</source>
        <translation>Anschluss&amp;eigenschaften…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected fax as a PDF file</source>
        <translation>Das ausgewählte Fax als PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the selected fax</source>
        <translation>Das ausgewählte Fax drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a report of the selected fax&apos;s transmission as a PDF file</source>
        <translation>Einen Bericht über die Übertragung des ausgewählten Faxes als PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as R&amp;ead</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected faxes as read</source>
        <translation>Die ausgewählten Faxe als gelesen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected faxes as unread</source>
        <translation>Die ausgewählten Faxe als ungelesen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Answer Now</source>
        <translation>Jetzt anneh&amp;men</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the call ringing on the selected port (receive mode Manual)</source>
        <translation>Den am ausgewählten Anschluss klingelnden Anruf annehmen (Empfangsmodus „Manuell“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show and change the selected port&apos;s settings</source>
        <translation>Die Einstellungen des ausgewählten Anschlusses anzeigen und ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every entry from the activity log</source>
        <translation>Alle Einträge aus dem Aktivitätsprotokoll entfernen</translation>
    </message>
</context>
<context>
    <name>Fax::ActivityLogModel</name>
    <message>
        <location filename="../models/activitylogmodel.cpp" line="+106"/>
        <source>Error, %1</source>
        <translation>Fehler, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning, %1</source>
        <translation>Warnung, %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
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
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>Fax::AddressBookDialog</name>
    <message>
        <location filename="../ui/addressbook/addressbookdialog.cpp" line="+38"/>
        <source>Choose Recipients</source>
        <translation>Empfänger auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address Book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search name, company, fax number or e-mail</source>
        <translation>Name, Firma, Faxnummer oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;roups…</source>
        <translation>G&amp;ruppen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add Recipients</source>
        <translation>Empfänger &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1 from the address book?</source>
        <translation>%1 aus dem Adressbuch löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the %1 selected contacts from the address book?</source>
        <translation>Die %1 ausgewählten Kontakte aus dem Adressbuch löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Delete Contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import %1 into the address book? Contacts found: %2.</source>
        <translation>%1 in das Adressbuch importieren? Gefundene Kontakte: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts.vcf</source>
        <translation>Kontakte.vcf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (*.vcf);;CSV, for spreadsheets and other programs (*.csv)</source>
        <translation>vCard (*.vcf);;CSV, für Tabellenkalkulationen und andere Programme (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fax::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="+24"/>
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
        <location line="+4"/>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>Kennwort im Desktop-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as &amp;administrator</source>
        <translation>Als &amp;Administrator anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
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
        <location line="+3"/>
        <source>From the keyring when empty</source>
        <translation>Aus dem Schlüsselbund, wenn leer</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+75"/>
        <source>Enter the host name of the HylaFAX server.</source>
        <translation>Geben Sie den Hostnamen des HylaFAX-Servers ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Press Connect to connect without saving it.</source>
        <translation>%1 Klicken Sie auf „Verbinden“, um ohne Speichern zu verbinden.</translation>
    </message>
</context>
<context>
    <name>Fax::ConsoleSession</name>
    <message>
        <location filename="../ui/consolesession.cpp" line="+38"/>
        <source>an unknown sender</source>
        <translation>einem unbekannten Absender</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot connect to %1</source>
        <translation>Verbindung mit %1 nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this kind of server is not available.</source>
        <translation>%1: Diese Art von Server ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+71"/>
        <source>Disconnected from %1</source>
        <translation>Verbindung mit %1 getrennt</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Fax server %1</source>
        <translation>Faxserver %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connected to %1 — %2</source>
        <translation>Verbunden mit %1 — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Job %1 to %2 was queued</source>
        <translation>Auftrag %1 an %2 wurde in die Warteschlange gestellt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fax sent</source>
        <translation>Fax gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 to %2: 1 page sent</source>
        <translation>Auftrag %1 an %2: 1 Seite gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 to %2: %3 pages sent</source>
        <translation>Auftrag %1 an %2: %3 Seiten gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fax not sent</source>
        <translation>Fax nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 to %2: %3</source>
        <translation>Auftrag %1 an %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 to %2: %3 (%4)</source>
        <translation>Auftrag %1 an %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1 to %2 will be tried again at %3: %4</source>
        <translation>Auftrag %1 an %2 wird um %3 erneut versucht: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job %1 to %2 will be tried again: %3</source>
        <translation>Auftrag %1 an %2 wird erneut versucht: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending job %1 to %2</source>
        <translation>Auftrag %1 an %2 wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending job %1 to %2 on port %3</source>
        <translation>Auftrag %1 an %2 wird über Anschluss %3 gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 to %2 was canceled</source>
        <translation>Auftrag %1 an %2 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 to %2 was paused</source>
        <translation>Auftrag %1 an %2 wurde angehalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Job %1 was deleted</source>
        <translation>Auftrag %1 wurde gelöscht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fax received in part</source>
        <translation>Fax unvollständig empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 on port %2: %3; the call ended early</source>
        <translation>Von %1 an Anschluss %2: %3; der Anruf endete vorzeitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1: %2; the call ended early</source>
        <translation>Von %1: %2; der Anruf endete vorzeitig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fax received in part from %1 on port %2: %3; the call ended early</source>
        <translation>Fax unvollständig von %1 an Anschluss %2 empfangen: %3; der Anruf endete vorzeitig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax received in part from %1: %2; the call ended early</source>
        <translation>Fax unvollständig von %1 empfangen: %2; der Anruf endete vorzeitig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax received</source>
        <translation>Fax empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 on port %2: %3</source>
        <translation>Von %1 an Anschluss %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1: %2</source>
        <translation>Von %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax received from %1 on port %2: %3</source>
        <translation>Fax von %1 an Anschluss %2 empfangen: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax received from %1: %2</source>
        <translation>Fax von %1 empfangen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Port %1: %2</source>
        <translation>Anschluss %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port %1 is ringing</source>
        <translation>An Anschluss %1 klingelt es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is %2 again</source>
        <translation>Anschluss %1 ist wieder %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>Cannot send the fax</source>
        <translation>Das Fax kann nicht gesendet werden</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The console is not connected to a fax server.</source>
        <translation>Die Konsole ist nicht mit einem Faxserver verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send fax</source>
        <translation>Fax senden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send %n document(s) again to %1 now?</source>
        <translation>
            <numerusform>%n Dokument jetzt erneut an %1 senden?</numerusform>
            <numerusform>%n Dokumente jetzt erneut an %1 senden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fax was not queued: %1</source>
        <translation>Das Fax wurde nicht in die Warteschlange gestellt: %1</translation>
    </message>
</context>
<context>
    <name>Fax::ConsoleTray</name>
    <message>
        <location filename="../ui/consoletray.cpp" line="+20"/>
        <source>Show &amp;Fax Console</source>
        <translation>&amp;Fax Console anzeigen</translation>
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
            <numerusform>%n ungelesenes Fax</numerusform>
            <numerusform>%n ungelesene Faxe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fax::ContactDialog</name>
    <message>
        <location filename="../ui/addressbook/contactdialog.cpp" line="+50"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fax number:</source>
        <translation>&amp;Faxnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company:</source>
        <translation>F&amp;irma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job &amp;title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Office location:</source>
        <translation>&amp;Bürostandort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;phone:</source>
        <translation>Telefon (&amp;geschäftlich):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home phone:</source>
        <translation>Telefon (p&amp;rivat):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing code:</source>
        <translation>Abre&amp;chnungscode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>Bundes&amp;land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>Postleit&amp;zahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>St&amp;reet:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes and Groups</source>
        <translation>Notizen und Gruppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No groups yet: create them with Groups… in the address book</source>
        <translation>Noch keine Gruppen: Erstellen Sie sie mit „Gruppen…“ im Adressbuch</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Enter a name, a company or a fax number.</source>
        <translation>Geben Sie einen Namen, eine Firma oder eine Faxnummer ein.</translation>
    </message>
</context>
<context>
    <name>Fax::ContactListModel</name>
    <message>
        <location filename="../models/contactlistmodel.cpp" line="+132"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax Number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>Fax::CoverEditorWindow</name>
    <message>
        <location filename="../ui/covereditor/covereditorwindow.cpp" line="+53"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 mm, %2 mm</source>
        <translation>%1 mm, %2 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in, %2 in</source>
        <translation>%1 in, %2 in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — Cover Page Editor</source>
        <translation>%1[*] — Deckblatt-Editor</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot Open Cover Page</source>
        <translation>Deckblatt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot Save Cover Page</source>
        <translation>Deckblatt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Cover Page</source>
        <translation>Deckblatt speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover pages (*.%1)</source>
        <translation>Deckblätter (*.%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Cover Page</source>
        <translation>Deckblatt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover pages (*.%1);;All files (*)</source>
        <translation>Deckblätter (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The new cover page</source>
        <translation>Neues Deckblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>„%1“ enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Cannot Insert Image</source>
        <translation>Bild kann nicht eingefügt werden</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+7"/>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+6"/>
        <source>Replace Image</source>
        <translation>Bild ersetzen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Paste</source>
        <translation>Einfügen nicht möglich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/covereditor/covereditorwindow_actions.cpp" line="+42"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New from &amp;Template…</source>
        <translation>Neu aus Vor&amp;lage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview at Fax Resolution…</source>
        <translation>&amp;Vorschau in Faxauflösung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Select</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Line</source>
        <translation>&amp;Linie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rechteck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;ounded Rectangle</source>
        <translation>Abger&amp;undetes Rechteck</translation>
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
        <translation>&amp;Polygon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;nap to Grid</source>
        <translation>Am Raster &amp;ausrichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit &amp;Page</source>
        <translation>&amp;Seite einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit &amp;Width</source>
        <translation>&amp;Breite einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>Lösch&amp;en</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Align Text &amp;Left</source>
        <translation>Text &amp;linksbündig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre &amp;Text</source>
        <translation>Text &amp;zentrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align Text &amp;Right</source>
        <translation>Text &amp;rechtsbündig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Centre</source>
        <translation>&amp;Horizontal zentrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Middle</source>
        <translation>V&amp;ertikal zentrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Space Evenly &amp;Across</source>
        <translation>Horizontal &amp;gleichmäßig verteilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space Evenly &amp;Down</source>
        <translation>Vertikal gleichmäßig ver&amp;teilen</translation>
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
        <translation>Auf der Seite hori&amp;zontal zentrieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre on Page D&amp;own</source>
        <translation>Auf der Seite vertik&amp;al zentrieren</translation>
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
        <translation>In den &amp;Vordergrund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+]</source>
        <translation>Ctrl+Shift+]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring F&amp;orward</source>
        <translation>Eine Ebene nach vor&amp;ne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Back&amp;ward</source>
        <translation>Eine E&amp;bene nach hinten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to &amp;Back</source>
        <translation>&amp;In den Hintergrund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+[</source>
        <translation>Ctrl+Shift+[</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;cipient Field</source>
        <translation>Empfänger&amp;feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;nder Field</source>
        <translation>Ab&amp;senderfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message Field</source>
        <translation>&amp;Nachrichtenfeld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Arrange</source>
        <translation>A&amp;nordnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounded</source>
        <translation>Abgerundet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Click an object to select it, Ctrl+click to add to the selection, drag to move; arrow keys nudge.</source>
        <translation>Klicken Sie auf ein Objekt, um es auszuwählen, mit Strg+Klick fügen Sie es der Auswahl hinzu, durch Ziehen verschieben Sie es; mit den Pfeiltasten verschieben Sie es schrittweise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or drag to place a text box.</source>
        <translation>Klicken oder ziehen Sie, um ein Textfeld zu platzieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to draw a line; hold Shift for straight and diagonal lines.</source>
        <translation>Ziehen Sie, um eine Linie zu zeichnen; halten Sie die Umschalttaste gedrückt für waagerechte, senkrechte und diagonale Linien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to draw a rectangle.</source>
        <translation>Ziehen Sie, um ein Rechteck zu zeichnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to draw a rectangle with rounded corners.</source>
        <translation>Ziehen Sie, um ein Rechteck mit abgerundeten Ecken zu zeichnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to draw an ellipse.</source>
        <translation>Ziehen Sie, um eine Ellipse zu zeichnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click for each corner; double-click or press Enter to close the polygon, Esc to cancel.</source>
        <translation>Klicken Sie für jede Ecke; doppelklicken Sie oder drücken Sie die Eingabetaste, um das Polygon zu schließen, oder Esc, um abzubrechen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to mark where the image goes, then pick the file.</source>
        <translation>Ziehen Sie, um die Position des Bildes zu markieren, und wählen Sie dann die Datei aus.</translation>
    </message>
</context>
<context>
    <name>Fax::CoverPagePage</name>
    <message>
        <location filename="../ui/wizard/coverpagepage.cpp" line="+32"/>
        <source>Cover Page</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cover page goes first, filled in for each recipient. This server allows only its common cover pages.</source>
        <translation>Ein Deckblatt wird vorangestellt und für jeden Empfänger ausgefüllt. Dieser Server lässt nur seine allgemeinen Deckblätter zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cover page goes first, filled in for each recipient.</source>
        <translation>Ein Deckblatt wird vorangestellt und für jeden Empfänger ausgefüllt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cover page preview</source>
        <translation>Deckblattvorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>No cover page</source>
        <translation>Kein Deckblatt</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 (common)</source>
        <translation>%1 (allgemein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (personal)</source>
        <translation>%1 (persönlich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cover page:</source>
        <translation>&amp;Deckblatt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The cover page %1 cannot be used: %2</source>
        <translation>Das Deckblatt %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be shown</source>
        <translation>Kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>Fax::CoverPreviewDialog</name>
    <message>
        <location filename="../ui/covereditor/coverpreviewdialog.cpp" line="+21"/>
        <source>Cover Page Preview</source>
        <translation>Deckblattvorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal (204 × 98 dpi)</source>
        <translation>Normal (204 × 98 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine (204 × 196 dpi)</source>
        <translation>Fein (204 × 196 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superfine (204 × 391 dpi)</source>
        <translation>Superfein (204 × 391 dpi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit Page</source>
        <translation>Seite einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Width</source>
        <translation>Breite einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax Pixels (100 %)</source>
        <translation>Faxpixel (100 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>As the recipient&apos;s fax machine prints it: %1 × %2 fax pixels, black and white, filled with sample fields.</source>
        <translation>So, wie das Faxgerät des Empfängers es druckt: %1 × %2 Faxpixel, schwarzweiß, mit Beispielfeldern gefüllt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the recipient&apos;s fax machine prints it: %1 × %2 fax pixels, black and white.</source>
        <translation>So, wie das Faxgerät des Empfängers es druckt: %1 × %2 Faxpixel, schwarzweiß.</translation>
    </message>
</context>
<context>
    <name>Fax::CoverPropertiesPanel</name>
    <message>
        <location filename="../ui/covereditor/coverpropertiespanel.cpp" line="+52"/>
        <source>Select an object to change how it looks. Double-click a text to edit it.</source>
        <translation>Wählen Sie ein Objekt aus, um sein Aussehen zu ändern. Doppelklicken Sie auf einen Text, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> in</source>
        <translation> in</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the template list</source>
        <translation>Für die Vorlagenliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+254"/>
        <source>Position and Size</source>
        <translation>Position und Größe</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;p:</source>
        <translation>&amp;Oben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Width:</source>
        <translation>B&amp;reite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields from the Insert menu appear as {recipient.name}; they are filled in for each recipient.</source>
        <translation>Felder aus dem Menü „Einfügen“ erscheinen als {recipient.name}; sie werden für jeden Empfänger ausgefüllt.</translation>
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
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>K&amp;ursiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Justified</source>
        <translation>Blocksatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <location line="+1"/>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+92"/>
        <location line="+1"/>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Shrink long text to fit</source>
        <translation>Langen Text verkleinern, damit er passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text that does not fit its box gets smaller, down to the smallest size; the cover page stays one page.</source>
        <translation>Text, der nicht in sein Feld passt, wird bis zur kleinsten Größe verkleinert; das Deckblatt bleibt eine Seite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Font:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style:</source>
        <translation>Stil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vertical:</source>
        <translation>&amp;Vertikal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>Far&amp;be:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smallest size:</source>
        <translation>&amp;Kleinste Größe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change Font</source>
        <translation>Schriftart ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Font Size</source>
        <translation>Schriftgröße ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Align Text</source>
        <translation>Text ausrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text Colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shrink to Fit</source>
        <translation>Verkleinern zum Einpassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smallest Size</source>
        <translation>Kleinste Größe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line and Fill</source>
        <translation>Linie und Füllung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No line</source>
        <translation>Keine Linie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gray shading</source>
        <translation>Graue Schattierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Square</source>
        <translation>Eckig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line &amp;width:</source>
        <translation>Linien&amp;stärke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line c&amp;olour:</source>
        <translation>Linien&amp;farbe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ill:</source>
        <translation>F&amp;üllung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rounded corners:</source>
        <translation>&amp;Abgerundete Ecken:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line Width</source>
        <translation>Linienstärke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line Colour</source>
        <translation>Linienfarbe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill</source>
        <translation>Füllung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rounded Corners</source>
        <translation>Abgerundete Ecken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep proportions</source>
        <translation>&amp;Seitenverhältnis beibehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace Ima&amp;ge…</source>
        <translation>Bild &amp;ersetzen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep Proportions</source>
        <translation>Seitenverhältnis beibehalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When Fields Are Empty</source>
        <translation>Wenn Felder leer sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hide when its fields are empty</source>
        <translation>Aus&amp;blenden, wenn seine Felder leer sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objects with the same block name are hidden together, e.g. a label with the field next to it.</source>
        <translation>Objekte mit demselben Blocknamen werden gemeinsam ausgeblendet, z. B. eine Beschriftung mit dem Feld daneben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects with the same block hide together when all their fields are empty.</source>
        <translation>Objekte mit demselben Block werden gemeinsam ausgeblendet, wenn alle ihre Felder leer sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bl&amp;ock:</source>
        <translation>Bl&amp;ock:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide When Empty</source>
        <translation>Ausblenden, wenn leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Page Settings</source>
        <translation>Seiteneinstellungen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Other (%1 × %2 mm)</source>
        <translation>Andere (%1 × %2 mm)</translation>
    </message>
</context>
<context>
    <name>Fax::CoverScene</name>
    <message>
        <location filename="../ui/covereditor/coverscene.cpp" line="+198"/>
        <source>Move Object</source>
        <translation>Objekt verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move Objects</source>
        <translation>Objekte verschieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Object</source>
        <translation>Objekt löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete Objects</source>
        <translation>Objekte löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Resize Object</source>
        <translation>Objektgröße ändern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add Text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Line</source>
        <translation>Linie hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Rectangle</source>
        <translation>Rechteck hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Ellipse</source>
        <translation>Ellipse hinzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add Polygon</source>
        <translation>Polygon hinzufügen</translation>
    </message>
</context>
<context>
    <name>Fax::CoverTemplateDialog</name>
    <message>
        <location filename="../ui/covereditor/covertemplatedialog.cpp" line="+40"/>
        <source>New Cover Page from Template</source>
        <translation>Neues Deckblatt aus Vorlage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Blank A4</source>
        <translation>Leeres A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank Letter</source>
        <translation>Leeres Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty A4 page.</source>
        <translation>Eine leere A4-Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty US Letter page.</source>
        <translation>Eine leere US-Letter-Seite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal: %1</source>
        <translation>Persönlich: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start from a template, or from an empty page:</source>
        <translation>Beginnen Sie mit einer Vorlage oder mit einer leeren Seite:</translation>
    </message>
</context>
<context>
    <name>Fax::CsvImportDialog</name>
    <message>
        <location filename="../ui/addressbook/csvimportdialog.cpp" line="+27"/>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character set</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;haracter set:</source>
        <translation>&amp;Zeichensatz:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fax Number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose which field each column fills:</source>
        <translation>Wählen Sie, welches Feld jede Spalte füllt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the first contacts:</source>
        <translation>Vorschau der ersten Kontakte:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Contacts to import: %1.</source>
        <translation>Zu importierende Kontakte: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a fax number: %1.</source>
        <translation>Ohne Faxnummer: %1.</translation>
    </message>
</context>
<context>
    <name>Fax::DetailsPane</name>
    <message>
        <location filename="../ui/detailspane.cpp" line="+16"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Fax::DocumentsPage</name>
    <message>
        <location filename="../ui/wizard/documentspage.cpp" line="+33"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The documents to fax, in the order they are sent: PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or plain text. Drop files here to add them.</source>
        <translation>Die zu faxenden Dokumente in der Reihenfolge, in der sie gesendet werden: PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF oder reiner Text. Legen Sie Dateien hier ab, um sie hinzuzufügen.</translation>
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
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.ps *.eps *.tif *.tiff *.png *.jpg *.jpeg *.bmp *.gif *.txt);;All files (*)</source>
        <translation>Dokumente (*.pdf *.ps *.eps *.tif *.tiff *.png *.jpg *.jpeg *.bmp *.gif *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: there is no such file</source>
        <translation>%1: Diese Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file cannot be read</source>
        <translation>%1: Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a document that can be faxed (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or UTF-8 text)</source>
        <translation>%1: kein Dokument, das gefaxt werden kann (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF oder UTF-8-Text)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (checking…)</source>
        <translation>%1 (wird geprüft…)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (1 page)</source>
        <translation>%1 (1 Seite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 pages)</source>
        <translation>%1 (%2 Seiten)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Add at least one document to fax.</source>
        <translation>Fügen Sie mindestens ein Dokument zum Faxen hinzu.</translation>
    </message>
</context>
<context>
    <name>Fax::FaxItemActions</name>
    <message>
        <location filename="../ui/faxitemactions.cpp" line="+79"/>
        <source>The console is not connected to a fax server.</source>
        <translation>Die Konsole ist nicht mit einem Faxserver verbunden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Job %1 has no documents to show (only a cover page)</source>
        <translation>Auftrag %1 hat keine Dokumente zum Anzeigen (nur ein Deckblatt)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot open the fax</source>
        <translation>Das Fax kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Fax as PDF</source>
        <translation>Fax als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cannot save the fax as PDF</source>
        <translation>Das Fax kann nicht als PDF gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fax was saved as %1</source>
        <translation>Das Fax wurde als %1 gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Cannot print the fax</source>
        <translation>Das Fax kann nicht gedruckt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Transmission Report</source>
        <translation>Übertragungsbericht speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Reception Report</source>
        <translation>Empfangsbericht speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the report</source>
        <translation>Der Bericht kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was saved as %1</source>
        <translation>Der Bericht wurde als %1 gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot send job %1 again</source>
        <translation>Auftrag %1 kann nicht erneut gesendet werden</translation>
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
        <translation>Übertragungsbericht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Reception Report</source>
        <translation>Empfangsbericht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sender (TSID)</source>
        <translation>Absender (TSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our id (CSID)</source>
        <translation>Eigene Kennung (CSID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 dpi</source>
        <translation>%1 × %2 dpi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routing</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in part: the call ended early</source>
        <translation>Unvollständig empfangen: Der Anruf endete vorzeitig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the PDF cannot be started</source>
        <translation>die PDF-Datei kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Fax Console, %1</source>
        <translation>Fax Console, %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Page 1, reduced</source>
        <translation>Seite 1, verkleinert</translation>
    </message>
</context>
<context>
    <name>Fax::FaxViewerWindow</name>
    <message>
        <location filename="../ui/viewer/faxviewerwindow.cpp" line="+67"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine</source>
        <translation>Fein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superfine</source>
        <translation>Superfein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal</source>
        <translation>Legal</translation>
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
        <translation>%1 × %2 in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fax Viewer</source>
        <translation>Faxanzeige</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+473"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Width</source>
        <translation>Breite einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Page</source>
        <translation>Seite einpassen</translation>
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
        <translation>Es ist kein Fax geöffnet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit &amp;Width</source>
        <translation>&amp;Breite einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;Page</source>
        <translation>&amp;Seite einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate &amp;Left</source>
        <translation>Nach &amp;links drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate &amp;Right</source>
        <translation>Nach &amp;rechts drehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;revious Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First Page</source>
        <translation>&amp;Erste Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Last Page</source>
        <translation>&amp;Letzte Seite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewer toolbar</source>
        <translation>Symbolleiste der Faxanzeige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pa&amp;ge</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — Fax Viewer</source>
        <translation>%1 — Faxanzeige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no pages</source>
        <translation>%1 hat keine Seiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This fax cannot be shown.

%1</source>
        <translation>Dieses Fax kann nicht angezeigt werden.

%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the fax</source>
        <translation>Das Fax kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Fax File</source>
        <translation>Faxdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax files (*.tif *.tiff *.TIF *.TIFF);;All files (*)</source>
        <translation>Faxdateien (*.tif *.tiff *.TIF *.TIFF);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Page %1 of %2 — %3 %</source>
        <translation>Seite %1 von %2 — %3 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page %1 cannot be shown.

%2</source>
        <translation>Seite %1 kann nicht angezeigt werden.

%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+9"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender (TSID)</source>
        <translation>Absender (TSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our id (CSID)</source>
        <translation>Eigene Kennung (CSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No: the call ended before the fax was complete</source>
        <translation>Nein: Der Anruf endete, bevor das Fax vollständig war</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 × %3 dpi)</source>
        <translation>%1 (%2 × %3 dpi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save Fax as PDF</source>
        <translation>Fax als PDF speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the fax as PDF</source>
        <translation>Das Fax kann nicht als PDF gespeichert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot print the fax</source>
        <translation>Das Fax kann nicht gedruckt werden</translation>
    </message>
</context>
<context>
    <name>Fax::FolderPanel</name>
    <message>
        <location filename="../ui/folderpanel.cpp" line="+62"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+2"/>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
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
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members…</source>
        <translation>&amp;Mitglieder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A group sends one fax to each of its members.</source>
        <translation>Eine Gruppe sendet jedem ihrer Mitglieder ein eigenes Fax.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Group name:</source>
        <translation>Gruppenname:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Rename Group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Delete Group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete the group %1? Its contacts stay in the address book.</source>
        <translation>Die Gruppe %1 löschen? Ihre Kontakte bleiben im Adressbuch.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tick the contacts that belong to %1:</source>
        <translation>Markieren Sie die Kontakte, die zu %1 gehören:</translation>
    </message>
</context>
<context>
    <name>Fax::InboxPanel</name>
    <message numerus="yes">
        <location filename="../ui/inboxpanel.cpp" line="+104"/>
        <source>%n faxes selected</source>
        <translation>
            <numerusform>%n Fax ausgewählt</numerusform>
            <numerusform>%n Faxe ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax from %1</source>
        <translation>Fax von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown sender</source>
        <translation>einem unbekannten Absender</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender (TSID)</source>
        <translation>Absender (TSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller ID</source>
        <translation>Anrufer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our id (CSID)</source>
        <translation>Eigene Kennung (CSID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the call ended early)</source>
        <translation>%1 (der Anruf endete vorzeitig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 × %2 dpi</source>
        <translation>%1 × %2 dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Fax::JobListPanel</name>
    <message numerus="yes">
        <location filename="../ui/joblistpanel.cpp" line="+201"/>
        <source>%n jobs selected</source>
        <translation>
            <numerusform>%n Auftrag ausgewählt</numerusform>
            <numerusform>%n Aufträge ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 to %2</source>
        <translation>Auftrag %1 an %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
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
        <location line="+2"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TSID</source>
        <translation>TSID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing code</source>
        <translation>Abrechnungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+90"/>
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
        <location line="+6"/>
        <location line="+23"/>
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
        <location line="+4"/>
        <source>Cannot delete job %1</source>
        <translation>Auftrag %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Fax::JobQueueModel</name>
    <message>
        <location filename="../models/jobqueuemodel.cpp" line="+133"/>
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
        <location line="+167"/>
        <source>Job %1, %2</source>
        <translation>Auftrag %1, %2</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>Fax::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+266"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the local fax engine or a HylaFAX server</source>
        <translation>Mit dem lokalen Faxdienst oder einem HylaFAX-Server verbinden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Fax File…</source>
        <translation>&amp;Faxdatei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a fax TIFF file in the Fax Viewer</source>
        <translation>Eine Fax-TIFF-Datei in der Faxanzeige öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the folder shown</source>
        <translation>Den angezeigten Ordner durchsuchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fax &amp;Server Settings…</source>
        <translation>Faxserver&amp;einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the settings of the fax server</source>
        <translation>Die Einstellungen des Faxservers ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover Page &amp;Editor…</source>
        <translation>&amp;Deckblatt-Editor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design cover pages</source>
        <translation>Deckblätter gestalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address Book…</source>
        <translation>&amp;Adressbuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts and groups to send faxes to</source>
        <translation>Kontakte und Gruppen, an die Faxe gesendet werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Symbolleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status Bar</source>
        <translation>Status&amp;leiste</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select an item to see its details.</source>
        <translation>Wählen Sie ein Element aus, um seine Details anzuzeigen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 items</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fax Server Settings</source>
        <translation>Faxservereinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console is not connected to a fax server.</source>
        <translation>Die Konsole ist nicht mit einem Faxserver verbunden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Address Book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open Fax File</source>
        <translation>Faxdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax files (*.tif *.tiff *.TIF *.TIFF);;All files (*)</source>
        <translation>Faxdateien (*.tif *.tiff *.TIF *.TIFF);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 is no longer on the server.</source>
        <translation>Auftrag %1 ist nicht mehr auf dem Server vorhanden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received fax</source>
        <translation>Empfangenes Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fax is no longer on the server.</source>
        <translation>Das Fax ist nicht mehr auf dem Server vorhanden.</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>F&amp;ax</source>
        <translation>Fa&amp;x</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&amp;About Fax Console</source>
        <translation>&amp;Über Fax Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to local engine — %1</source>
        <translation>Verbunden mit dem lokalen Faxdienst — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to local engine — %1</source>
        <translation>Verbindung mit dem lokalen Faxdienst wird hergestellt — %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>1 Auftrag in der Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs queued</source>
        <translation>%1 Aufträge in der Warteschlange</translation>
    </message>
    <message>
        <location line="+230"/>
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
    <name>Fax::OptionsPage</name>
    <message>
        <location filename="../ui/wizard/optionspage.cpp" line="+19"/>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;at:</source>
        <translation>Senden &amp;um:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tell me by e-mail when the fax is sent or fails:</source>
        <translation>&amp;Benachrichtigung per E-Mail, wenn das Fax gesendet wurde oder fehlgeschlagen ist:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How and when the fax is sent.</source>
        <translation>Wie und wann das Fax gesendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard (204 × 98 dpi, fastest)</source>
        <translation>Standard (204 × 98 dpi, am schnellsten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine (204 × 196 dpi)</source>
        <translation>Fein (204 × 196 dpi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superfine (204 × 391 dpi, if the receiver has it)</source>
        <translation>Superfein (204 × 391 dpi, falls der Empfänger dies unterstützt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the &amp;discount period (%1 to %2)</source>
        <translation>Zum &amp;ermäßigten Tarif (%1 bis %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send time</source>
        <translation>Sendezeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your e-mail address (empty: the sender&apos;s)</source>
        <translation>Ihre E-Mail-Adresse (leer: die des Absenders)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification address</source>
        <translation>Benachrichtigungsadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
</context>
<context>
    <name>Fax::PortListModel</name>
    <message>
        <location filename="../models/portlistmodel.cpp" line="+140"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Sending page %1 of %2 to %3</source>
        <translation>Seite %1 von %2 wird an %3 gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialing %1</source>
        <translation>%1 wird gewählt</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Port %1, %2</source>
        <translation>Anschluss %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../ui/portlistpanel.cpp" line="+117"/>
        <source>Port %1</source>
        <translation>Anschluss %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot answer on port %1</source>
        <translation>An Anschluss %1 kann nicht angenommen werden</translation>
    </message>
</context>
<context>
    <name>Fax::PortPropertiesDialog</name>
    <message>
        <location filename="../ui/settings/portpropertiesdialog.cpp" line="+21"/>
        <source>Port %1 Properties</source>
        <translation>Eigenschaften von Anschluss %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not shown: %1. %2.</source>
        <translation>Nicht angezeigt: %1. %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The port %1 is no longer on the server</source>
        <translation>Der Anschluss %1 ist nicht mehr auf dem Server vorhanden</translation>
    </message>
</context>
<context>
    <name>Fax::PreviewPage</name>
    <message>
        <location filename="../ui/wizard/previewpage.cpp" line="+77"/>
        <location line="+88"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages exactly as they go on the line to the recipient chosen here. Finish sends the fax to every recipient.</source>
        <translation>Die Seiten genau so, wie sie über die Leitung an den hier gewählten Empfänger gehen. Mit „Abschließen“ wird das Fax an alle Empfänger gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pages &amp;for:</source>
        <translation>Seiten &amp;für:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making the pages…</source>
        <translation>Seiten werden erstellt…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Making the pages: %1 of %2…</source>
        <translation>Seiten werden erstellt: %1 von %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Make Again</source>
        <translation>&amp;Neu erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: no pages were made.</source>
        <translation>Angehalten: Es wurden keine Seiten erstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pages cannot be made: %1</source>
        <translation>Die Seiten können nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 page; about %1 to send at 14 400 bit/s.</source>
        <translation>1 Seite; Sendedauer bei 14.400 bit/s etwa %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pages; about %2 to send at 14 400 bit/s.</source>
        <translation>%1 Seiten; Sendedauer bei 14.400 bit/s etwa %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>Fax::PrintToFax</name>
    <message>
        <location filename="../ui/printtofax.cpp" line="+35"/>
        <source>Printed to fax: %1</source>
        <translation>An Fax gedruckt: %1</translation>
    </message>
</context>
<context>
    <name>Fax::ReceivedFaxModel</name>
    <message>
        <location filename="../models/receivedfaxmodel.cpp" line="+26"/>
        <source>%1 (partial)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
The call ended before the fax was complete.</source>
        <translation>%1
Der Anruf endete, bevor das Fax vollständig war.</translation>
    </message>
    <message>
        <location line="+61"/>
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
    <name>Fax::RecipientsPage</name>
    <message>
        <location filename="../ui/wizard/recipientspage.cpp" line="+21"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange</source>
        <translation>Ände&amp;rn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address &amp;Book…</source>
        <translation>&amp;Adressbuch…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Who receives the fax: type a name and fax number and add them, or pick them from the address book. Each recipient gets a fax of their own.</source>
        <translation>Wer das Fax erhält: Geben Sie einen Namen und eine Faxnummer ein und fügen Sie sie hinzu, oder wählen Sie Empfänger aus dem Adressbuch. Jeder Empfänger erhält ein eigenes Fax.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. +49 30 1234567</source>
        <translation>z. B. +49 30 1234567</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fax number</source>
        <translation>Faxnummer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fax number:</source>
        <translation>&amp;Faxnummer:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Type the recipient&apos;s fax number first.</source>
        <translation>Geben Sie zuerst die Faxnummer des Empfängers ein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>Fax::SendFaxLauncher</name>
    <message>
        <location filename="../ui/wizard/sendfaxlauncher.cpp" line="+21"/>
        <source>&amp;New Fax…</source>
        <translation>&amp;Neues Fax…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a fax with the Send Fax Wizard</source>
        <translation>Ein Fax mit dem Assistenten zum Senden von Faxen senden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the console is not connected</source>
        <translation>die Konsole ist nicht verbunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the fax server</source>
        <translation>den Faxserver</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n document(s) to fax wait for the connection to %1</source>
        <translation>
            <numerusform>%n zu faxendes Dokument wartet auf die Verbindung zu %1</numerusform>
            <numerusform>%n zu faxende Dokumente warten auf die Verbindung zu %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to %1</source>
        <translation>Verbindung mit %1 nicht möglich</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The console cannot reach %1: %2.

It keeps trying. The %n document(s) to fax are kept: the Send Fax Wizard opens with them as soon as the console is connected.</source>
        <translation>
            <numerusform>Die Konsole erreicht %1 nicht: %2.

Sie versucht es weiter. Das %n zu faxende Dokument bleibt erhalten: Der Assistent zum Senden von Faxen öffnet sich damit, sobald die Konsole verbunden ist.</numerusform>
            <numerusform>Die Konsole erreicht %1 nicht: %2.

Sie versucht es weiter. Die %n zu faxenden Dokumente bleiben erhalten: Der Assistent zum Senden von Faxen öffnet sich damit, sobald die Konsole verbunden ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The console cannot connect to %1: %2.

The %n document(s) to fax are kept: the Send Fax Wizard opens with them as soon as the console is connected.

Try to connect again now?</source>
        <translation>
            <numerusform>Die Konsole kann keine Verbindung zu %1 herstellen: %2.

Das %n zu faxende Dokument bleibt erhalten: Der Assistent zum Senden von Faxen öffnet sich damit, sobald die Konsole verbunden ist.

Jetzt erneut verbinden?</numerusform>
            <numerusform>Die Konsole kann keine Verbindung zu %1 herstellen: %2.

Die %n zu faxenden Dokumente bleiben erhalten: Der Assistent zum Senden von Faxen öffnet sich damit, sobald die Konsole verbunden ist.

Jetzt erneut verbinden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot send a fax</source>
        <translation>Fax kann nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console is not connected to a fax server.</source>
        <translation>Die Konsole ist nicht mit einem Faxserver verbunden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fax queued as group %1: %2 job(s)</source>
        <translation>Fax als Gruppe %1 in die Warteschlange gestellt: %2 Auftrag/Aufträge</translation>
    </message>
</context>
<context>
    <name>Fax::SendFaxWizard</name>
    <message>
        <location filename="../ui/wizard/sendfaxwizard.cpp" line="+40"/>
        <source>Send Fax</source>
        <translation>Fax senden</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The console is not connected to a fax server.</source>
        <translation>Die Konsole ist nicht mit einem Faxserver verbunden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The fax is being queued</source>
        <translation>Das Fax wird in die Warteschlange gestellt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The fax to %n recipient(s) is being handed to the server. Close the wizard anyway?

The fax is still queued completely, for every recipient: the activity log says when it is, and the wizard comes back if the server refuses it.</source>
        <translation>
            <numerusform>Das Fax an %n Empfänger wird gerade an den Server übergeben. Den Assistenten trotzdem schließen?

Das Fax wird dennoch vollständig für jeden Empfänger eingereiht: Das Aktivitätsprotokoll meldet, wann das geschehen ist, und der Assistent erscheint wieder, falls der Server es ablehnt.</numerusform>
            <numerusform>Das Fax an %n Empfänger wird gerade an den Server übergeben. Den Assistenten trotzdem schließen?

Das Fax wird dennoch vollständig für jeden Empfänger eingereiht: Das Aktivitätsprotokoll meldet, wann das geschehen ist, und der Assistent erscheint wieder, falls der Server es ablehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot send the fax</source>
        <translation>Das Fax kann nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fax was not queued: %1</source>
        <translation>Das Fax wurde nicht in die Warteschlange gestellt: %1</translation>
    </message>
</context>
<context>
    <name>Fax::SendHandoff</name>
    <message>
        <location filename="../ui/wizard/sendhandoff.cpp" line="+66"/>
        <source>another console of this user takes the files sent with --send</source>
        <translation>eine andere Konsole dieses Benutzers übernimmt die mit --send gesendeten Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot listen on %1: %2</source>
        <translation>an %1 kann nicht gewartet werden: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no console is running: %1</source>
        <translation>es läuft keine Konsole: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to another user</source>
        <translation>%1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the console did not answer</source>
        <translation>die Konsole hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the console did not take the files</source>
        <translation>die Konsole hat die Dateien nicht übernommen</translation>
    </message>
</context>
<context>
    <name>Fax::SenderPage</name>
    <message>
        <location filename="../ui/wizard/senderpage.cpp" line="+20"/>
        <source>Sender Information</source>
        <translation>Absenderinformationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sends the fax, as the cover page and the recipient&apos;s records show it. It is remembered for your next fax.</source>
        <translation>Wer das Fax sendet, wie es auf dem Deckblatt und in den Unterlagen des Empfängers erscheint. Die Angaben werden für Ihr nächstes Fax gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fax number:</source>
        <translation>&amp;Faxnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company:</source>
        <translation>F&amp;irma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office location:</source>
        <translation>&amp;Bürostandort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing code:</source>
        <translation>Abre&amp;chnungscode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/&amp;province:</source>
        <translation>Bundes&amp;land/Kanton:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ZIP/postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;phone:</source>
        <translation>Telefon (&amp;geschäftlich):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home phone:</source>
        <translation>Telefon (p&amp;rivat):</translation>
    </message>
</context>
<context>
    <name>Fax::ServerSettingsDialog</name>
    <message>
        <location filename="../ui/settings/serversettingsdialog.cpp" line="+15"/>
        <source>Fax Server Settings</source>
        <translation>Faxservereinstellungen</translation>
    </message>
</context>
<context>
    <name>Fax::SettingEditor</name>
    <message>
        <location filename="../ui/settings/settingeditor.cpp" line="+81"/>
        <source>Default printer</source>
        <translation>Standarddrucker</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+122"/>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
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
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 cannot be written: %2</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The console is not connected to the fax server.</source>
        <translation>Die Konsole ist nicht mit dem Faxserver verbunden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These settings cannot be changed here: %1</source>
        <translation>Diese Einstellungen können hier nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>there is no printer named &apos;%1&apos; on this computer (no printer is set up)</source>
        <translation>auf diesem Computer gibt es keinen Drucker namens „%1“ (es ist kein Drucker eingerichtet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no printer named &apos;%1&apos; on this computer (printers: %2)</source>
        <translation>auf diesem Computer gibt es keinen Drucker namens „%1“ (Drucker: %2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 (allowed: %3)</source>
        <translation>%1: %2 (zulässig: %3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The settings were not saved</source>
        <translation>Die Einstellungen wurden nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Fax::SortMenu</name>
    <message>
        <location filename="../ui/sortmenu.cpp" line="+11"/>
        <source>S&amp;ort By</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Aufsteigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Descending</source>
        <translation>A&amp;bsteigend</translation>
    </message>
</context>
<context>
    <name>FaxCtl</name>
    <message>
        <location filename="../app/faxctl/jobcommands.cpp" line="+137"/>
        <source>Queue documents as a fax to one or more recipients</source>
        <translation>Dokumente als Fax an einen oder mehrere Empfänger in die Warteschlange stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues FILE... as one fax for each --to number; the jobs of one submission share a group. Prints the new job ids, one per line (--json: {&quot;jobs&quot;:[ids],&quot;group&quot;:id}). --name and --company given once apply to every recipient, given once per --to they pair up in order.</source>
        <translation>Stellt FILE... als ein Fax je --to-Nummer in die Warteschlange; die Aufträge einer Übermittlung bilden eine Gruppe. Gibt die neuen Auftragsnummern aus, eine pro Zeile (--json: {&quot;jobs&quot;:[ids],&quot;group&quot;:id}). --name und --company gelten, einmal angegeben, für alle Empfänger; einmal je --to angegeben, werden sie der Reihe nach zugeordnet.</translation>
    </message>
    <message>
        <location filename="../app/faxctl/documentoptions.cpp" line="+23"/>
        <source>Recipient fax number (digits and + ( ) - . space); repeatable</source>
        <translation>Faxnummer des Empfängers (Ziffern und + ( ) - . Leerzeichen); mehrfach angebbar</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlformat.cpp" line="+132"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+3"/>
        <source>Recipient name</source>
        <translation>Name des Empfängers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+1"/>
        <source>Recipient company</source>
        <translation>Firma des Empfängers</translation>
    </message>
    <message>
        <location filename="../app/faxctl/documentoptions.cpp" line="+5"/>
        <source>Subject (cover page)</source>
        <translation>Betreff (Deckblatt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (cover page)</source>
        <translation>Notiz (Deckblatt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover page: the name of a common or personal cover page (&apos;faxctl covers&apos; lists them) or a .coverpage file</source>
        <translation>Deckblatt: der Name eines allgemeinen oder persönlichen Deckblatts („faxctl covers“ listet sie auf) oder eine .coverpage-Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sender e-mail address</source>
        <translation>E-Mail-Adresse des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender office phone</source>
        <translation>Telefon (geschäftlich) des Absenders</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: give at least one recipient with --to NUMBER</source>
        <translation>%1: Geben Sie mindestens einen Empfänger mit --to NUMBER an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: --%2 is given %3 times for %4 recipients; give it once or once per --to</source>
        <translation>%1: --%2 ist %3-mal für %4 Empfänger angegeben; geben Sie es einmal oder einmal pro --to an</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--sender-email: &apos;%1&apos; is not an e-mail address</source>
        <translation>--sender-email: „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: --cover and --no-cover exclude each other</source>
        <translation>%1: --cover und --no-cover schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Send without a cover page</source>
        <translation>Ohne Deckblatt senden</translation>
    </message>
    <message>
        <location filename="../app/faxctl/jobcommands.cpp" line="-20"/>
        <source>Send at YYYY-MM-DDTHH:MM, or at HH:MM (today, or tomorrow if that time has passed)</source>
        <translation>Um YYYY-MM-DDTHH:MM senden oder um HH:MM (heute oder morgen, falls die Uhrzeit bereits vorbei ist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send in the discount period</source>
        <translation>Zum ermäßigten Tarif senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job priority</source>
        <translation>Priorität des Auftrags</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlformat.cpp" line="+1"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+5"/>
        <source>Sender name</source>
        <translation>Name des Absenders</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+1"/>
        <source>Sender company</source>
        <translation>Firma des Absenders</translation>
    </message>
    <message>
        <location filename="../app/faxctl/documentoptions.cpp" line="+1"/>
        <source>Sender fax number</source>
        <translation>Faxnummer des Absenders</translation>
    </message>
    <message>
        <location filename="../app/faxctl/jobcommands.cpp" line="+5"/>
        <location filename="../app/faxctl/modemcommands.cpp" line="+242"/>
        <source>Station id to send (up to 20 digits, &apos;+&apos;, spaces)</source>
        <translation>Zu sendende Stationskennung (bis zu 20 Ziffern, „+“, Leerzeichen)</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlformat.cpp" line="+3"/>
        <location filename="../app/faxctl/documentoptions.cpp" line="+3"/>
        <source>Billing code</source>
        <translation>Abrechnungscode</translation>
    </message>
    <message>
        <location filename="../app/faxctl/jobcommands.cpp" line="+37"/>
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
        <location line="+17"/>
        <source>Show one job, or pause, resume, cancel, restart, remove it</source>
        <translation>Einen Auftrag anzeigen oder ihn anhalten, fortsetzen, abbrechen, neu starten oder entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without an action, shows every field of job ID. &apos;remove&apos; deletes a finished job from the server.</source>
        <translation>Ohne Aktion werden alle Felder des Auftrags ID angezeigt. „remove“ löscht einen beendeten Auftrag vom Server.</translation>
    </message>
    <message>
        <location filename="../app/faxctl/admincommands.cpp" line="+55"/>
        <source>List the fax ports (modems)</source>
        <translation>Die Faxanschlüsse (Modems) auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists every port with its device, state and settings.</source>
        <translation>Listet jeden Anschluss mit Gerät, Zustand und Einstellungen auf.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show, add, remove or configure a port</source>
        <translation>Einen Anschluss anzeigen, hinzufügen, entfernen oder konfigurieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an action, shows the port&apos;s settings. &apos;add&apos; creates port NAME on serial device DEVICE, &apos;set&apos; changes its settings (the keys below). A bad key or value changes nothing.</source>
        <translation>Ohne Aktion werden die Einstellungen des Anschlusses angezeigt. „add“ erstellt den Anschluss NAME am seriellen Gerät DEVICE, „set“ ändert seine Einstellungen (die Schlüssel unten). Ein ungültiger Schlüssel oder Wert ändert nichts.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show or change the server settings</source>
        <translation>Die Servereinstellungen anzeigen oder ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an action, lists every server setting as KEY=VALUE with a short description and what it accepts. &apos;set&apos; changes settings all or nothing.</source>
        <translation>Ohne Aktion werden alle Servereinstellungen als KEY=VALUE mit einer kurzen Beschreibung und den zulässigen Werten aufgelistet. „set“ ändert die Einstellungen ganz oder gar nicht.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ports: unexpected argument &apos;%1&apos;</source>
        <translation>ports: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No ports. Add one with &apos;faxctl port NAME add DEVICE&apos;.</source>
        <translation>Keine Anschlüsse. Fügen Sie einen mit „faxctl port NAME add DEVICE“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/faxctl/servecommand.cpp" line="+45"/>
        <source>Run the local engine in the foreground and dispatch jobs</source>
        <translation>Den lokalen Faxdienst im Vordergrund ausführen und Aufträge verteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the local fax engine as the dispatcher (the process that sends queued jobs through the ports) until SIGINT or SIGTERM, printing job and port events as they happen (--json: one JSON object per line).</source>
        <translation>Führt den lokalen Faxdienst als Verteiler aus (der Prozess, der Aufträge aus der Warteschlange über die Anschlüsse sendet), bis SIGINT oder SIGTERM eintrifft, und gibt dabei Auftrags- und Anschlussereignisse aus, sobald sie auftreten (--json: ein JSON-Objekt pro Zeile).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>serve: unexpected argument &apos;%1&apos;</source>
        <translation>serve: unerwartetes Argument „%1“</translation>
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
        <translation>%1 wird als Verteiler betrieben (%2 Aufträge, %3 Anschlüsse); beenden mit Strg+C</translation>
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
        <location filename="../app/faxctl/imagingcommands.cpp" line="+236"/>
        <source>Convert documents into a fax TIFF, without sending</source>
        <translation>Dokumente in ein Fax-TIFF umwandeln, ohne zu senden</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The fax TIFF to write (required)</source>
        <translation>Das zu schreibende Fax-TIFF (erforderlich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertical resolution: 98, 196 or 391 lines per inch (default fine)</source>
        <translation>Vertikale Auflösung: 98, 196 oder 391 Zeilen pro Zoll (Standard: fine)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+19"/>
        <source>No progress on stderr</source>
        <translation>Kein Fortschritt auf stderr</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Show the properties and pages of a fax TIFF</source>
        <translation>Eigenschaften und Seiten eines Fax-TIFF anzeigen</translation>
    </message>
    <message>
        <location filename="../app/faxctl/modemcommands.cpp" line="-15"/>
        <source>Send documents now through a local modem, in the foreground</source>
        <translation>Dokumente jetzt über ein lokales Modem im Vordergrund senden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Takes the modem on DEV (UUCP-locked; Class 1, 2 or 2.0 by --class), waits for a call, answers after N rings and receives the fax into a fax TIFF in DIR (with CSID, TSID, time and a partial flag when the call ended early), printing its path (--json: one object per call and line). Waits for the next call until SIGINT or SIGTERM, which hang up and fail; --once stops after one call and exits 0 only when it was received completely.</source>
        <translation>Belegt das Modem an DEV (mit UUCP-Sperre; Class 1, 2 oder 2.0 per --class), wartet auf einen Anruf, nimmt nach N Klingelzeichen an und empfängt das Fax in ein Fax-TIFF in DIR (mit CSID, TSID, Zeit und einer Unvollständig-Markierung, wenn der Anruf vorzeitig endete) und gibt dessen Pfad aus (--json: ein Objekt pro Anruf und Zeile). Wartet auf den nächsten Anruf, bis SIGINT oder SIGTERM eintrifft, die auflegen und fehlschlagen; --once beendet sich nach einem Anruf und liefert Exit-Code 0 nur, wenn er vollständig empfangen wurde.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Takes the modem on DEV (UUCP-locked) and shows its manufacturer, model, revision, identification, fax classes, for Class 1 the carriers it transmits and receives, for Class 2/2.0 the capabilities it lists (+FCC=?/+FDCC=?) and the class faxctl would drive it in (--class, or what auto picks). Fails when nothing on DEV answers like a modem.</source>
        <translation>Belegt das Modem an DEV (mit UUCP-Sperre) und zeigt Hersteller, Modell, Revision, Kennung, Faxklassen, bei Class 1 die Trägerverfahren, die es sendet und empfängt, bei Class 2/2.0 die Fähigkeiten, die es auflistet (+FCC=?/+FDCC=?), sowie die Klasse, in der faxctl es betreiben würde (--class oder die Wahl von auto). Schlägt fehl, wenn an DEV nichts wie ein Modem antwortet.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The modem&apos;s serial device (required)</source>
        <translation>Das serielle Gerät des Modems (erforderlich)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fax class to drive the modem in (default auto: Class 1 when the modem has it, else 2.0, else 2)</source>
        <translation>Faxklasse, in der das Modem betrieben wird (Standard auto: Class 1, wenn das Modem sie bietet, sonst 2.0, sonst 2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Renders FILE... like &apos;convert&apos;, takes the modem on DEV (UUCP-locked; a port in use fails naming the holder&apos;s PID), dials NUMBER and sends the pages with the Class 1, 2 or 2.0 driver (--class), without the queue or a server. Progress (dialling, remote id, negotiated rate, compression and ECM, page n of m sent and confirmed) goes to stderr, the outcome to stdout (--json: an object). SIGINT or SIGTERM hangs up and fails. Exit 0 only when the far end confirmed every page.</source>
        <translation>Rendert FILE... wie „convert“, belegt das Modem an DEV (mit UUCP-Sperre; ist ein Anschluss belegt, schlägt der Befehl fehl und nennt die PID des Inhabers), wählt NUMBER und sendet die Seiten mit dem Class-1-, Class-2- oder Class-2.0-Treiber (--class), ohne Warteschlange oder Server. Der Fortschritt (Wählen, Kennung der Gegenstelle, ausgehandelte Übertragungsrate, Komprimierung und ECM, Seite n von m gesendet und bestätigt) geht an stderr, das Ergebnis an stdout (--json: ein Objekt). SIGINT oder SIGTERM legt auf und schlägt fehl. Exit-Code 0 nur, wenn die Gegenstelle jede Seite bestätigt hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The number to dial (required)</source>
        <translation>Die zu wählende Nummer (erforderlich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vertical resolution (default fine)</source>
        <translation>Vertikale Auflösung (Standard: fine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not use error correction (ECM)</source>
        <translation>Keine Fehlerkorrektur (ECM) verwenden</translation>
    </message>
    <message>
        <location line="-35"/>
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
        <location filename="../app/faxctl/imagingcommands.cpp" line="-61"/>
        <source>Processes that render PDF pages (default 2 on a machine with two or more cores, else 1; the output is the same)</source>
        <translation>Prozesse, die PDF-Seiten rendern (Standard 2 auf einem Rechner mit zwei oder mehr Kernen, sonst 1; das Ergebnis ist dasselbe)</translation>
    </message>
    <message>
        <location filename="../app/faxctl/modemcommands.cpp" line="+33"/>
        <source>Do not use T.85 (JBIG) coding: MMR at best</source>
        <translation>Keine T.85-Codierung (JBIG) verwenden: höchstens MMR</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wait for calls on a local modem and receive faxes</source>
        <translation>Auf Anrufe an einem lokalen Modem warten und Faxe empfangen</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+17"/>
        <source>Ask a local modem who it is and what fax classes it has</source>
        <translation>Ein lokales Modem fragen, wer es ist und welche Faxklassen es hat</translation>
    </message>
    <message>
        <location filename="../app/faxctl/faxctl.cpp" line="+60"/>
        <source>Show help for faxctl or one command</source>
        <translation>Hilfe zu faxctl oder zu einem Befehl anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the commands, or the options of COMMAND.</source>
        <translation>Zeigt die Befehle oder die Optionen von COMMAND.</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+104"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+215"/>
        <source>unknown command &apos;%1&apos;; run &apos;faxctl help&apos; for the list of commands</source>
        <translation>unbekannter Befehl „%1“; „faxctl help“ listet die Befehle auf</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>%1: &apos;%2&apos; is a HylaFAX server, which dispatches its own jobs; %1 runs only the local engine</source>
        <translation>%1: „%2“ ist ein HylaFAX-Server, der seine Aufträge selbst verteilt; %1 betreibt nur den lokalen Faxdienst</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location line="+12"/>
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
        <location line="+2"/>
        <source>Password for a HylaFAX server (otherwise the keyring or a prompt)</source>
        <translation>Kennwort für einen HylaFAX-Server (sonst aus dem Schlüsselbund oder per Abfrage)</translation>
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
        <location line="+8"/>
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
        <location filename="../app/faxctl/ctlcommand.cpp" line="+62"/>
        <source>the local fax engine in %1</source>
        <translation>der lokale Faxdienst in %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password for %1: </source>
        <translation>Kennwort für %1: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the fax server %1</source>
        <translation>der Faxserver %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no password from the keyring: %1; set FAXCONSOLE_PASSWORD</source>
        <translation>kein Kennwort aus dem Schlüsselbund: %1; setzen Sie FAXCONSOLE_PASSWORD</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run &apos;faxctl help %1&apos; for its usage.</source>
        <translation>„faxctl help %1“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location filename="../app/faxctl/admincommands.cpp" line="+11"/>
        <location filename="../app/faxctl/modemcommands.cpp" line="+403"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="-57"/>
        <location filename="../app/faxctl/modemcommands.cpp" line="-19"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/faxctl/covercommands.cpp" line="+82"/>
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
        <translation>KLINGELZEICHEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
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
        <location filename="../app/faxctl/imagingcommands.cpp" line="-76"/>
        <location filename="../app/faxctl/modemcommands.cpp" line="-701"/>
        <source>--%1: unknown value &apos;%2&apos; (allowed: %3)</source>
        <translation>--%1: unbekannter Wert „%2“ (zulässig: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 x %2 (%3 x %4 mm)</source>
        <translation>%1 x %2 (%3 x %4 mm)</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+55"/>
        <source>Subject stored in the file and shown on the cover page</source>
        <translation>Betreff, der in der Datei gespeichert und auf dem Deckblatt angezeigt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Longest one step may take: opening a document (all of Ghostscript for PostScript) or making a page (default 60; 0: no limit)</source>
        <translation>Höchstdauer eines einzelnen Schritts: Öffnen eines Dokuments (bei PostScript der gesamte Ghostscript-Lauf) oder Erstellen einer Seite (Standard: 60; 0: keine Grenze)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most memory the conversion and Ghostscript may allocate, in MiB (default 1024; 0: no limit)</source>
        <translation>Höchster Speicher, den die Konvertierung und Ghostscript belegen dürfen, in MiB (Standard: 1024; 0: keine Grenze)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fax TIFF pages whose coded data is damaged: refuse them (default), or re-code the lines that decode and report what was lost</source>
        <translation>Fax-TIFF-Seiten mit beschädigten codierten Daten: ablehnen (Standard) oder die decodierbaren Zeilen neu codieren und melden, was verloren ging</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put this cover page first, filled in as &apos;submit&apos; would send it to the recipient of --to/--name/--company (FILE... may then be left out)</source>
        <translation>Dieses Deckblatt voranstellen, so ausgefüllt, wie „submit“ es an den Empfänger von --to/--name/--company senden würde (FILE... kann dann entfallen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note on the cover page</source>
        <translation>Notiz auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renders FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF or UTF-8 text, judged by content) into one multi-page fax TIFF (TIFF Class F) OUT.tif, the way &apos;submit&apos; would send them. Fax TIFF pages that already fit are decoded and checked, then stored unchanged; damaged ones are refused (or re-coded with --damaged recode). The conversion runs in a process of its own under a time limit per step and a memory limit: a document that exceeds one is refused, naming the file, the page and the limit. Shows progress on stderr and a summary on stdout (--json: an object with pages, passedThrough, workerPages, bytes, recoded and the pages of each file). On any error, and on SIGINT or SIGTERM (which stop it within a second), nothing is written and an existing OUT.tif is left as it was. Needs no display and no server.</source>
        <translation>Wandelt FILE... (PDF, PostScript, TIFF, PNG, JPEG, BMP, GIF oder UTF-8-Text, anhand des Inhalts erkannt) in ein mehrseitiges Fax-TIFF (TIFF Class F) OUT.tif um, so wie „submit“ sie senden würde. Fax-TIFF-Seiten, die bereits passen, werden decodiert, geprüft und dann unverändert übernommen; beschädigte werden abgelehnt (oder mit --damaged recode neu codiert). Die Konvertierung läuft in einem eigenen Prozess mit einem Zeitlimit pro Schritt und einem Speicherlimit: Ein Dokument, das eines davon überschreitet, wird abgelehnt, unter Angabe der Datei, der Seite und des Limits. Zeigt den Fortschritt auf stderr und eine Zusammenfassung auf stdout (--json: ein Objekt mit pages, passedThrough, workerPages, bytes, recoded und den Seiten jeder Datei). Bei einem Fehler sowie bei SIGINT oder SIGTERM (die den Vorgang innerhalb einer Sekunde beenden) wird nichts geschrieben, und eine vorhandene OUT.tif bleibt unverändert. Benötigt weder Anzeige noch Server.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Shows what a fax TIFF says about itself (direction, CSID, TSID, caller ID, routing, port, sender, recipient, subject, job, time) and each page&apos;s size, resolution, compression and bad lines. A fax another fax server received (HylaFAX&apos;s recvq, spandsp) shows as received, with the sender&apos;s TSI. --verify also decodes every page with libtiff&apos;s decoder, counts its damage by kind (lines with invalid code words, lines of the wrong length, lines missing where the data ends early) and exits 1 when any page is damaged.</source>
        <translation>Zeigt, was ein Fax-TIFF über sich selbst angibt (Richtung, CSID, TSID, Anrufer-ID, Weiterleitung, Anschluss, Absender, Empfänger, Betreff, Auftrag, Zeit), sowie Größe, Auflösung, Komprimierung und fehlerhafte Zeilen jeder Seite. Ein Fax, das ein anderer Faxserver empfangen hat (recvq von HylaFAX, spandsp), wird als empfangen angezeigt, mit der TSI des Absenders. --verify decodiert außerdem jede Seite mit dem Decoder von libtiff, zählt ihre Schäden nach Art (Zeilen mit ungültigen Codewörtern, Zeilen mit falscher Länge, fehlende Zeilen, wo die Daten vorzeitig enden) und endet mit dem Status 1, wenn eine Seite beschädigt ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decode every page and count its damage by kind</source>
        <translation>Jede Seite decodieren und ihre Schäden nach Art zählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;convert&apos; needs at least one document to convert</source>
        <translation>„convert“ benötigt mindestens ein zu konvertierendes Dokument</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>convert: a cover page is filled in for one recipient: give --to once</source>
        <translation>convert: Ein Deckblatt wird für einen Empfänger ausgefüllt: Geben Sie --to einmal an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>convert: --to, --name, --company and --note fill in a cover page: give --cover too</source>
        <translation>convert: --to, --name, --company und --note füllen ein Deckblatt aus: Geben Sie auch --cover an</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;convert&apos; needs the file to write: -o OUT.tif</source>
        <translation>„convert“ benötigt die zu schreibende Datei: -o OUT.tif</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--processes: &apos;%1&apos; is not 1 or 2</source>
        <translation>--processes: „%1“ ist weder 1 noch 2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1: &apos;%2&apos; is not 0 (no limit) or a number from %3 to %4</source>
        <translation>--%1: „%2“ ist weder 0 (keine Grenze) noch eine Zahl von %3 bis %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--damaged: unknown value &apos;%1&apos; (allowed: refuse, recode)</source>
        <translation>--damaged: unbekannter Wert „%1“ (zulässig: refuse, recode)</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+42"/>
        <source>cannot convert to %1: %2</source>
        <translation>Konvertierung in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>faxctl: warning: %1</source>
        <translation>faxctl: Warnung: %1</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <source> (the cover page first)</source>
        <translation> (das Deckblatt zuerst)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+21"/>
        <source>%1: page %2: damaged: %3</source>
        <translation>%1: Seite %2: beschädigt: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Invalid codes</source>
        <translation>Ungültige Codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong length</source>
        <translation>Falsche Länge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing lines</source>
        <translation>Fehlende Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlformat.cpp" line="-17"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="-502"/>
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
        <location filename="../app/faxctl/imagingcommands.cpp" line="-4"/>
        <source>Port</source>
        <translation>Anschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="+468"/>
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
        <location filename="../app/faxctl/imagingcommands.cpp" line="-465"/>
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
        <location filename="../app/faxctl/imagingcommands.cpp" line="+473"/>
        <source>%1 x %2 dpi</source>
        <translation>%1 x %2 dpi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (at most %1 in a row)</source>
        <translation> (höchstens %1 hintereinander)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAMAGED</source>
        <translation>BESCHÄDIGT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../app/faxctl/ctlformat.cpp" line="-18"/>
        <location filename="../app/faxctl/imagingcommands.cpp" line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/faxctl/imagingcommands.cpp" line="+1"/>
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
        <location filename="../app/faxctl/jobcommands.cpp" line="-147"/>
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
        <location line="+20"/>
        <source>Vertical resolution of the pages (default fine)</source>
        <translation>Vertikale Auflösung der Seiten (Standard: fine)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>submit: give at least one document FILE, or a --cover</source>
        <translation>submit: Geben Sie mindestens ein Dokument (FILE) oder ein --cover an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>submit: --at and --discount exclude each other</source>
        <translation>submit: --at und --discount schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--resolution: &apos;%1&apos; is not a resolution (use %2)</source>
        <translation>--resolution: „%1“ ist keine Auflösung (verwenden Sie %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--priority: &apos;%1&apos; is not a priority (use %2)</source>
        <translation>--priority: „%1“ ist keine Priorität (verwenden Sie %2)</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../app/faxctl/modemcommands.cpp" line="+304"/>
        <source>&apos;send&apos; needs the number to dial: --to NUMBER</source>
        <translation>„send“ benötigt die zu wählende Nummer: --to NUMBER</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;send&apos; needs at least one document to send</source>
        <translation>„send“ benötigt mindestens ein zu sendendes Dokument</translation>
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
        <location line="+13"/>
        <location line="+186"/>
        <source>remote station id: %1</source>
        <translation>Kennung der Gegenstelle: %1</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+186"/>
        <source>negotiated %1</source>
        <translation>ausgehandelt: %1</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>sending page %1 of %2 at %3</source>
        <translation>Seite %1 von %2 wird mit %3 gesendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page %1 of %2 confirmed</source>
        <translation>Seite %1 von %2 bestätigt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 page(s) confirmed by %3%4: %5</source>
        <translation>%1 von %2 Seite(n) von %3%4 bestätigt: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+177"/>
        <source>T.30 result: %1</source>
        <translation>T.30-Ergebnis: %1</translation>
    </message>
    <message>
        <location line="-174"/>
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
        <location line="+20"/>
        <source>the modem on %1 does not take the fax init commands (not a modem, or no Class %2): %3</source>
        <translation>das Modem an %1 nimmt die Fax-Initialisierungsbefehle nicht an (kein Modem oder kein Class %2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>waiting for a call on %1 (answering after %n ring(s))</source>
        <translation>
            <numerusform>Warten auf einen Anruf an %1 (Annahme nach %n Klingelzeichen)</numerusform>
            <numerusform>Warten auf einen Anruf an %1 (Annahme nach %n Klingelzeichen)</numerusform>
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
        <translation>RING %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the caller hung up before we answered</source>
        <translation>der Anrufer hat aufgelegt, bevor wir angenommen haben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stopped by %1 while waiting for a call on %2</source>
        <translation>durch %1 beendet, während auf einen Anruf an %2 gewartet wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the modem port %1 closed while waiting for a call</source>
        <translation>der Modemanschluss %1 wurde geschlossen, während auf einen Anruf gewartet wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answering</source>
        <translation>Anruf wird angenommen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>a received page is unreadable, %1</source>
        <translation>eine empfangene Seite ist unlesbar, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n page(s) received from %1</source>
        <translation>
            <numerusform>%n Seite von %1 empfangen</numerusform>
            <numerusform>%n Seiten von %1 empfangen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+15"/>
        <source>probing %1 stopped by %2</source>
        <translation>Abfrage von %1 durch %2 beendet</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="-561"/>
        <location line="+565"/>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <location line="-676"/>
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
        <location line="+47"/>
        <source>cannot tell the modem&apos;s fax class (%1): trying Class 1</source>
        <translation>die Faxklasse des Modems lässt sich nicht ermitteln (%1): Class 1 wird versucht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the modem on %1 is driven in fax Class %2 (chosen automatically)</source>
        <translation>das Modem an %1 wird in Faxklasse %2 betrieben (automatisch gewählt)</translation>
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
        <location line="+542"/>
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
        <location line="+6"/>
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
    <message>
        <location filename="../app/faxctl/covercommands.cpp" line="-57"/>
        <source>List the cover pages a fax can take by name</source>
        <translation>Die Deckblätter auflisten, die ein Fax über ihren Namen verwenden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the common cover pages (installed with Fax Console; with the server setting server-coverpage only these are accepted) and the personal ones (the covers folder in the local engine&apos;s data folder), with their names for &apos;submit --cover NAME&apos; and their files. The Cover Page Editor makes new ones (faxconsole --cover-editor).</source>
        <translation>Listet die allgemeinen Deckblätter (mit Fax Console installiert; bei aktivierter Servereinstellung server-coverpage werden nur diese akzeptiert) und die persönlichen (der Ordner covers im Datenordner des lokalen Faxdienstes) auf, mit ihren Namen für „submit --cover NAME“ und ihren Dateien. Neue erstellt der Deckblatt-Editor (faxconsole --cover-editor).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>covers: unexpected argument &apos;%1&apos;</source>
        <translation>covers: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>common</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>personal</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No cover pages: none is installed, and %1 holds none.</source>
        <translation>Keine Deckblätter: Es ist keines installiert, und %1 enthält keines.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/faxctl/printercommands.cpp" line="+40"/>
        <source>Create, remove or show the &quot;Fax&quot; printer (CUPS)</source>
        <translation>Den Drucker „Fax“ (CUPS) erstellen, entfernen oder anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;install&apos; creates the CUPS printer &quot;Fax&quot; (device faxconsole:/, enabled and accepting jobs, not shared): what any application prints to it opens the printing user&apos;s Send Fax Wizard with the document. It needs the faxconsole backend in CUPS&apos; backend folder (cmake --install does it) and a CUPS administrator (root or the lpadmin group). &apos;remove&apos; deletes the printer, &apos;status&apos; shows it. CUPS_SERVER chooses the CUPS server as for lp.</source>
        <translation>„install“ erstellt den CUPS-Drucker „Fax“ (Gerät faxconsole:/, aktiviert und Aufträge annehmend, nicht freigegeben): Was eine beliebige Anwendung darauf druckt, öffnet den Assistenten zum Senden von Faxen des druckenden Benutzers mit dem Dokument. Dazu wird das Backend faxconsole im Backend-Ordner von CUPS benötigt (cmake --install legt es dort ab) sowie ein CUPS-Administrator (root oder die Gruppe lpadmin). „remove“ löscht den Drucker, „status“ zeigt ihn an. CUPS_SERVER wählt den CUPS-Server wie bei lp.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 did not finish within a minute</source>
        <translation>%1 wurde nicht innerhalb einer Minute beendet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: not allowed (%2); it needs a CUPS administrator: run it as root or as a member of the lpadmin group</source>
        <translation>%1: nicht erlaubt (%2); dazu ist ein CUPS-Administrator erforderlich: Führen Sie es als root oder als Mitglied der Gruppe lpadmin aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: CUPS is not running or not reachable (%2)</source>
        <translation>%1: CUPS läuft nicht oder ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: CUPS has no faxconsole backend (%2); install Fax Console with cmake --install, which puts it into CUPS&apos; backend folder</source>
        <translation>%1: CUPS hat kein Backend faxconsole (%2); installieren Sie Fax Console mit cmake --install, das es in den Backend-Ordner von CUPS legt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the CUPS tool failed</source>
        <translation>das CUPS-Werkzeug ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the printer &quot;%1&quot;: its PPD file %2 is missing</source>
        <translation>Der Drucker „%1“ kann nicht erstellt werden: Seine PPD-Datei %2 fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opens the Send Fax Wizard</source>
        <translation>Öffnet den Assistenten zum Senden von Faxen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the printer &quot;%1&quot;: CUPS is not installed (lpadmin is missing; install the Debian packages cups and cups-client)</source>
        <translation>Der Drucker „%1“ kann nicht erstellt werden: CUPS ist nicht installiert (lpadmin fehlt; installieren Sie die Debian-Pakete cups und cups-client)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the printer &quot;%1&quot;</source>
        <translation>Der Drucker „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printer &quot;%1&quot; installed: printing to it opens the Send Fax Wizard of the user who prints.</source>
        <translation>Drucker „%1“ installiert: Drucken auf diesen Drucker öffnet den Assistenten zum Senden von Faxen des druckenden Benutzers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot remove the printer &quot;%1&quot;: CUPS is not installed (lpadmin is missing)</source>
        <translation>Der Drucker „%1“ kann nicht entfernt werden: CUPS ist nicht installiert (lpadmin fehlt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove the printer &quot;%1&quot;</source>
        <translation>Der Drucker „%1“ kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer &quot;%1&quot; removed.</source>
        <translation>Drucker „%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot show the printer &quot;%1&quot;: CUPS is not installed (lpstat is missing)</source>
        <translation>Der Drucker „%1“ kann nicht angezeigt werden: CUPS ist nicht installiert (lpstat fehlt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no printer &quot;%1&quot;: create it with &apos;faxctl printer install&apos;</source>
        <translation>Es gibt keinen Drucker „%1“: Erstellen Sie ihn mit „faxctl printer install“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot show the printer &quot;%1&quot;</source>
        <translation>Der Drucker „%1“ kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printer &quot;%1&quot;: device %2%3</source>
        <translation>Drucker „%1“: Gerät %2%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not Fax Console&apos;s backend)</source>
        <translation> (nicht das Backend von Fax Console)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepting jobs</source>
        <translation>Nimmt Aufträge an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not accepting jobs</source>
        <translation>Nimmt keine Aufträge an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>printer: give one action: install, remove or status</source>
        <translation>printer: Geben Sie eine Aktion an: install, remove oder status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>printer: unknown action &apos;%1&apos; (install, remove or status)</source>
        <translation>printer: unbekannte Aktion „%1“ (install, remove oder status)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/faxconsole_main.cpp" line="+68"/>
        <source>Send, receive and administer faxes on local modems or a HylaFAX server.</source>
        <translation>Faxe über lokale Modems oder einen HylaFAX-Server senden, empfangen und verwalten.</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+3"/>
        <source>Open &lt;file&gt; in the Fax Viewer alone.</source>
        <translation>&lt;Datei&gt; allein in der Faxanzeige öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Fax Server Settings alone (for administrators), on the server the options choose.</source>
        <translation>Nur die Faxservereinstellungen öffnen (für Administratoren), auf dem durch die Optionen gewählten Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the Cover Page Editor alone (on [file] if given), without connecting to a server.</source>
        <translation>Nur den Deckblatt-Editor öffnen (mit [Datei], falls angegeben), ohne Verbindung zu einem Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the Send Fax Wizard with the files attached, in the console already running for you or in a new one.</source>
        <translation>Öffnet den Assistenten zum Senden von Faxen mit den angehängten Dateien, in der bereits für Sie laufenden Konsole oder in einer neuen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the console in &lt;language&gt; (de, fr, en, ...) instead of the system&apos;s language.</source>
        <translation>Die Konsole in &lt;Sprache&gt; (de, fr, en, ...) statt in der Systemsprache anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; is not a language (try de, fr or en)</source>
        <translation>„%1“ ist keine Sprache (versuchen Sie de, fr oder en)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--data-dir is for the local engine, not for %1</source>
        <translation>--data-dir gilt für den lokalen Faxdienst, nicht für %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: there is no such file</source>
        <translation>%1: Diese Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>there is no translation for &apos;%1&apos;; English is used</source>
        <translation>für „%1“ gibt es keine Übersetzung; Englisch wird verwendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fax Console</source>
        <translation>Fax Console</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>--send will not reach this console: %1</source>
        <translation>--send erreicht diese Konsole nicht: %1</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>cannot watch for SIGINT/SIGTERM: %1</source>
        <translation>SIGINT/SIGTERM können nicht überwacht werden: %1</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>With --cover-editor: the cover page to open. With --send: the documents to fax.</source>
        <translation>Mit --cover-editor: das zu öffnende Deckblatt. Mit --send: die zu faxenden Dokumente.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>stopping on %1</source>
        <translation>wird beendet durch %1</translation>
    </message>
</context>
</TS>
