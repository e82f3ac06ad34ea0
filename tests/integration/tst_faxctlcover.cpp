// SPDX-License-Identifier: GPL-3.0-or-later
// faxctl and cover pages, with the real binary: 'covers' lists them, 'convert --cover' renders
// one for a recipient without sending (as the send would), 'submit --cover' checks it against
// ServerCoverpage and spools it.
#include "imaging/faxtiff.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = Fax::Test::ProcessRun;

class TestFaxctlCover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_data = m_tmp->filePath(QStringLiteral("data"));
    }

    void coversListsCommonAndPersonal()
    {
        const QString personal = m_data + QStringLiteral("/covers");
        QVERIFY(QDir().mkpath(personal));
        QVERIFY(QFile::copy(common(QStringLiteral("fyi")),
                            personal + QStringLiteral("/ours.coverpage")));
        const Run r = faxctl({QStringLiteral("covers")});
        QCOMPARE(r.exitCode, 0);
        for (const char *name : {"general", "confidential", "urgent", "fyi", "ours"})
            QVERIFY2(r.out.contains(QLatin1String(name)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("personal")), qPrintable(r.out));
        const QJsonObject o =
            Fax::Test::jsonOutput(faxctl({QStringLiteral("--json"), QStringLiteral("covers")}), {});
        const QJsonArray covers = o.value(QStringLiteral("covers")).toArray();
        QCOMPARE(covers.size(), 5);
        QCOMPARE(covers.last()[QStringLiteral("name")].toString(), QStringLiteral("ours"));
        QCOMPARE(covers.last()[QStringLiteral("folder")].toString(), QStringLiteral("personal"));
        QCOMPARE(o.value(QStringLiteral("personalFolder")).toString(), personal);
    }

    void convertWithCoverPage()
    {
        const QString out = m_tmp->filePath(QStringLiteral("cover.tif"));
        const Run r = faxctl({QStringLiteral("--json"),
                              QStringLiteral("convert"),
                              QStringLiteral("--cover"),
                              QStringLiteral("general"),
                              QStringLiteral("--to"),
                              QStringLiteral("+1 555 0100"),
                              QStringLiteral("--name"),
                              QStringLiteral("Dr. Maria Reyes"),
                              QStringLiteral("--sender-name"),
                              QStringLiteral("Thomas Becker"),
                              QStringLiteral("--subject"),
                              QStringLiteral("Lab results"),
                              QStringLiteral("--note"),
                              QStringLiteral("Two pages follow."),
                              QStringLiteral("--branding"),
                              QStringLiteral("default"),
                              chart(1),
                              chart(2),
                              QStringLiteral("-o"),
                              out,
                              QStringLiteral("--quiet")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = Fax::Test::jsonOutput(r, {});
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("coverPages")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("coverPage")).toString(),
                 common(QStringLiteral("general")));
        Fax::FaxTiffReader reader;
        QVERIFY(reader.open(out));
        QCOMPARE(reader.pageCount(), 3);
        QCOMPARE(reader.pageInfo(0).lines, 2292); // the cover: A4 at fine resolution
        QCOMPARE(reader.pageInfo(1).lines, 2376); // chart 1

        // The cover alone.
        const QString alone = m_tmp->filePath(QStringLiteral("alone.tif"));
        const Run a = faxctl({QStringLiteral("convert"), QStringLiteral("--cover"),
                              common(QStringLiteral("urgent")), QStringLiteral("--resolution"),
                              QStringLiteral("normal"), QStringLiteral("-o"), alone});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(a.out.contains(QStringLiteral("1 page (the cover page first)")),
                 qPrintable(a.out));
        Fax::FaxTiffReader one;
        QVERIFY(one.open(alone));
        QCOMPARE(one.pageCount(), 1);
        QCOMPARE(one.pageInfo(0).yDpi, 98);
    }

    void convertCoverMistakes()
    {
        const QString out = m_tmp->filePath(QStringLiteral("x.tif"));
        // Recipient fields without a cover page to put them on.
        Run r = faxctl({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("1"),
                        chart(1), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--cover")), qPrintable(r.err));
        // A cover page nobody has.
        r = faxctl({QStringLiteral("convert"), QStringLiteral("--cover"),
                    QStringLiteral("no-such-cover"), chart(1), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-cover")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("general")), qPrintable(r.err)); // what there is
        // A damaged cover page file.
        const QString bad = m_tmp->filePath(QStringLiteral("bad.coverpage"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"faxconsole-coverpage\", \"version\": 1, \"page\": [");
        f.close();
        r = faxctl({QStringLiteral("convert"), QStringLiteral("--cover"), bad, chart(1),
                    QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        // Two recipients for one cover page.
        r = faxctl({QStringLiteral("convert"), QStringLiteral("--cover"), QStringLiteral("general"),
                    QStringLiteral("--to"), QStringLiteral("1"), QStringLiteral("--to"),
                    QStringLiteral("2"), chart(1), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
    }

    void submitWithCoverAndServerCoverpage()
    {
        const QString personal = m_data + QStringLiteral("/covers");
        QVERIFY(QDir().mkpath(personal));
        QVERIFY(QFile::copy(common(QStringLiteral("general")),
                            personal + QStringLiteral("/mine.coverpage")));
        // A cover page alone is a fax too.
        Run r = faxctl({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("1"),
                        QStringLiteral("--cover"), QStringLiteral("mine")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(faxctl({QStringLiteral("settings"), QStringLiteral("set"),
                         QStringLiteral("server-coverpage=yes")})
                     .exitCode,
                 0);
        r = faxctl({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("1"),
                    QStringLiteral("--cover"), QStringLiteral("mine"), chart(1)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("mine")), qPrintable(r.err));
        r = faxctl({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("1"),
                    QStringLiteral("--cover"), QStringLiteral("urgent"), chart(1)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = faxctl({QStringLiteral("submit"), QStringLiteral("--to"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--cover")), qPrintable(r.err));
    }

private:
    static QString chart(int n) { return QStringLiteral(FAX_TESTDATA_DIR "/itu%1.tif").arg(n); }
    static QString common(const QString &name)
    {
        return QStringLiteral(FAX_SOURCE_DIR "/resources/covers/") + name +
               QStringLiteral(".coverpage");
    }
    Run faxctl(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAXCONSOLE_DATA_DIR"), m_data);
        env.remove(QStringLiteral("FAXCONSOLE_SERVER"));
        return Fax::Test::runProcess(QStringLiteral(FAXCTL_PATH), args, env, 120000);
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_data;
};

QTEST_GUILESS_MAIN(TestFaxctlCover)
#include "tst_faxctlcover.moc"
