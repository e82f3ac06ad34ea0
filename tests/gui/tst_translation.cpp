// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is compiled into the console and reaches the engine's texts (context
// "Fax") as well as the widgets'.
#include "ctlformat.h"
#include "core/faxtypes.h"
#include "core/settingskeys.h"
#include "folderpanel.h"
#include "imaging/faxtiff.h"
#include "modem/atdialogue.h"
#include "scriptedmodem.h"
#include "t30/t30capabilities.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <algorithm>

class TestTranslation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsCompiledIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("faxconsole"),
                                QStringLiteral("_"), QStringLiteral(":/translations")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(Fax::displayName(Fax::QueueStatus::Pending), QStringLiteral("Ausstehend"));
        QCOMPARE(Fax::displayName(Fax::QueueStatus::RetriesExceeded),
                 QStringLiteral("Wiederholungen überschritten"));

        Fax::FolderPanel panel;
        const auto texts = [&] {
            QStringList all;
            const auto trees = panel.findChildren<QTreeWidget *>();
            for (QTreeWidget *tree : trees)
                for (QTreeWidgetItemIterator it(tree); *it; ++it)
                    all << (*it)->text(0);
            return all.join(QLatin1Char('|'));
        }();
        QVERIFY2(texts.contains(QStringLiteral("Postausgang")), qPrintable(texts));
        QVERIFY2(texts.contains(QStringLiteral("Gesendete Elemente")), qPrintable(texts));
        QCoreApplication::removeTranslator(&translator);
    }

    // French is built in beside German (faxconsole_fr.ts), for --lang fr and a French system.
    void frenchIsCompiledIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::French), QStringLiteral("faxconsole"),
                                QStringLiteral("_"), QStringLiteral(":/translations")));
        QCOMPARE(translator.language(), QStringLiteral("fr_FR"));
    }

    // Messages are looked up in the context of the class that calls QObject::tr(), or in "Fax"
    // (engine), "FaxCtl" (faxctl) and "main" (faxconsole's main()). lupdate files a tr() call in
    // a class without Q_OBJECT under that class, where nothing ever asks for it.
    void everyContextIsAskedAtRuntime()
    {
        QFile ts(QStringLiteral(FAX_SOURCE_DIR "/translations/faxconsole_de.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QStringList contexts;
        QXmlStreamReader xml(&ts);
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("TS"))
                continue;
            if (xml.name() != QLatin1String("context")) {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    contexts << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(contexts.contains(QStringLiteral("Fax")));

        QString headers;
        for (const char *dir : {"ui", "models", "engine"}) {
            QDirIterator it(QStringLiteral(FAX_SOURCE_DIR "/") + QLatin1String(dir),
                            {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    headers += QString::fromUtf8(f.readAll());
            }
        }
        QStringList unreachable;
        for (const QString &context : std::as_const(contexts)) {
            if (context == QLatin1String("Fax") || context == QLatin1String("FaxCtl") ||
                context == QLatin1String("main"))
                continue;
            const QString cls = context.section(QStringLiteral("::"), -1);
            const QRegularExpression qobject(QStringLiteral("class %1\\b[^;{]*\\{\\s*Q_OBJECT")
                                                 .arg(QRegularExpression::escape(cls)));
            if (!context.startsWith(QLatin1String("Fax::")) || !headers.contains(qobject))
                unreachable << context;
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
    }

    // Texts made by engine classes and faxctl through the code that runs, not looked up by hand:
    // a message filed by lupdate under another context than the one asked at runtime stays
    // English.
    void engineAndFaxctlTextsAreGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("faxconsole"),
                                QStringLiteral("_"), QStringLiteral(":/translations")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        // A modem that stays silent (AtDialogue member function).
        Fax::Test::ScriptedModem modem(QStringLiteral("/dev/ttyS7"));
        modem.expectSent("AT\r");
        Fax::AtDialogue at(&modem);
        const auto answer = at.command("AT", 5000);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().message,
                 QStringLiteral("Modem an /dev/ttyS7 hat AT nicht innerhalb von 5 s beantwortet"));

        // T.30 frame parsing (a static member in namespace Fax::T30).
        const auto dis = Fax::T30::Capabilities::fromDis(QByteArray(2, '\0'));
        QVERIFY(!dis.ok());
        QCOMPARE(dis.error().message,
                 QStringLiteral("DIS/DTC-Informationsfeld zu kurz: 2 Oktette, mindestens 3 "
                                "erforderlich"));

        // Fax TIFF reader (member function of FaxTiffReader).
        Fax::FaxTiffReader reader;
        const QString missing = QStringLiteral("/nonexistent/fax.tif");
        const Fax::Result opened = reader.open(missing);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.startsWith(missing +
                                                   QStringLiteral(": kann nicht geöffnet werden")),
                 qPrintable(opened.error().message));

        // KEY=VALUE settings: an error and the type texts.
        QString key;
        QString value;
        const Fax::Result split =
            Fax::SettingsKeys::splitAssignment(QStringLiteral("retries"), &key, &value);
        QVERIFY(!split);
        QCOMPARE(split.error().message,
                 QStringLiteral("„retries“ hat nicht die Form KEY=VALUE (kein „=“ vorhanden)"));
        QStringList types;
        for (const Fax::SettingKey &k : Fax::SettingsKeys::list(Fax::ServerSettings()))
            types << k.type;
        QVERIFY2(std::any_of(types.cbegin(), types.cend(),
                             [](const QString &t) {
                                 return t.startsWith(QStringLiteral("ganze Zahl von "));
                             }),
                 qPrintable(types.join(QLatin1Char('|'))));

        // faxctl's job fields (Fax::CtlFormat, translated in faxctl's context).
        const auto fields = Fax::CtlFormat::jobFields(Fax::Job());
        QStringList labels;
        for (const auto &field : fields)
            labels << field.first;
        QVERIFY2(labels.contains(QStringLiteral("Empfängernummer")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("Nächster Versuch")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(!labels.contains(QStringLiteral("Recipient number")),
                 qPrintable(labels.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
