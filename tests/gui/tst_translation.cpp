// The German translation is compiled into the console and reaches the engine's texts (context
// "Fax") as well as the widgets'.
#include "core/faxtypes.h"
#include "folderpanel.h"

#include <QApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

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
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
