// SPDX-License-Identifier: GPL-3.0-or-later
// The cover page library: common and personal folders listed by name, NAME|FILE resolved, and
// only common cover pages accepted when the server says so (ServerCoverpage).
#include "cover/coverlibrary.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Fax;

namespace {

void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{}");
}

QStringList describe(const QList<CoverEntry> &entries)
{
    QStringList out;
    for (const CoverEntry &e : entries)
        out << e.name + (e.folder == CoverFolder::Common ? QStringLiteral(":common")
                                                         : QStringLiteral(":personal"));
    return out;
}

} // namespace

class TestCoverLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_common1 = QDir(m_dir.filePath(QStringLiteral("common1"))).canonicalPath();
        touch(m_dir.filePath(QStringLiteral("common1/a.coverpage")));
        touch(m_dir.filePath(QStringLiteral("common1/B.coverpage")));
        touch(m_dir.filePath(QStringLiteral("common1/notes.txt")));
        touch(m_dir.filePath(QStringLiteral("common2/a.coverpage")));
        touch(m_dir.filePath(QStringLiteral("common2/c.coverpage")));
        touch(m_dir.filePath(QStringLiteral("data/covers/a.coverpage")));
        touch(m_dir.filePath(QStringLiteral("data/covers/mine.coverpage")));
        m_common1 = QDir(m_dir.filePath(QStringLiteral("common1"))).canonicalPath();
        m_common2 = QDir(m_dir.filePath(QStringLiteral("common2"))).canonicalPath();
        m_personal = m_dir.filePath(QStringLiteral("data/covers"));
    }

    void lists()
    {
        const CoverLibrary library(
            {m_common1, m_dir.filePath(QStringLiteral("missing")), m_common2}, m_personal);
        QCOMPARE(library.commonFolders(), (QStringList{m_common1, m_common2}));
        QCOMPARE(describe(library.entries()),
                 (QStringList{QStringLiteral("a:common"), QStringLiteral("B:common"),
                              QStringLiteral("c:common"), QStringLiteral("a:personal"),
                              QStringLiteral("mine:personal")}));
        QCOMPARE(library.entries().first().path, m_common1 + QStringLiteral("/a.coverpage"));
    }

    void resolves()
    {
        const CoverLibrary library({m_common1, m_common2}, m_personal);
        // Names without case; the personal one first, unless only common ones count.
        Expected<CoverEntry> e = library.resolve(QStringLiteral("A"));
        QVERIFY(e);
        QCOMPARE(e->folder, CoverFolder::Personal);
        QCOMPARE(e->path, QDir(m_personal).filePath(QStringLiteral("a.coverpage")));
        e = library.resolve(QStringLiteral("A"), true);
        QCOMPARE(e->folder, CoverFolder::Common);
        QCOMPARE(e->path, m_common1 + QStringLiteral("/a.coverpage"));
        QCOMPARE(library.resolve(QStringLiteral("b"))->name, QStringLiteral("B"));

        e = library.resolve(QStringLiteral("mine"), true);
        QCOMPARE(e.error().kind, Error::Kind::NotPermitted);
        QCOMPARE(e.error().message,
                 QStringLiteral("\"mine\" is a personal cover page: only the common cover pages "
                                "may be used (the server's ServerCoverpage setting is on); they "
                                "are: a, B, c"));
        e = library.resolve(QStringLiteral("nope"));
        QCOMPARE(e.error().kind, Error::Kind::NotFound);
        QCOMPARE(e.error().message,
                 QStringLiteral("no cover page named \"nope\"; there are: a, B, c, mine"));
        QVERIFY(!library.resolve(QStringLiteral("  ")));

        // Files: by path, checked against the common folders when only those count.
        const QString personalFile = QDir(m_personal).filePath(QStringLiteral("mine.coverpage"));
        e = library.resolve(personalFile);
        QVERIFY(e);
        QCOMPARE(e->name, QStringLiteral("mine"));
        QCOMPARE(e->folder, CoverFolder::Personal);
        e = library.resolve(personalFile, true);
        QCOMPARE(e.error().kind, Error::Kind::NotPermitted);
        QVERIFY(e.error().message.startsWith(personalFile + QStringLiteral(": only the common")));
        e = library.resolve(m_common2 + QStringLiteral("/../common2/c.coverpage"), true);
        QVERIFY(e);
        QCOMPARE(e->folder, CoverFolder::Common);
        e = library.resolve(m_dir.filePath(QStringLiteral("none.coverpage")));
        QCOMPARE(e.error().kind, Error::Kind::NotFound);
        QCOMPARE(e.error().message, m_dir.filePath(QStringLiteral("none.coverpage")) +
                                        QStringLiteral(": no such cover page file"));
        QCOMPARE(library.resolve(m_common1 + u'/').error().message,
                 m_common1 + QStringLiteral("/: not a cover page file"));
        // A copy of a common page outside the common folders is not common.
        touch(m_dir.filePath(QStringLiteral("elsewhere/a.coverpage")));
        QCOMPARE(library.resolve(m_dir.filePath(QStringLiteral("elsewhere/a.coverpage")), true)
                     .error()
                     .kind,
                 Error::Kind::NotPermitted);
    }

    void defaultsFindTheTemplates()
    {
        // Run from the build folder, the source tree's templates are common cover pages.
        const CoverLibrary library(m_dir.filePath(QStringLiteral("data")));
        QCOMPARE(library.personalFolder(), m_personal);
        QVERIFY(library.commonFolders().contains(
            QDir(QStringLiteral(FAX_SOURCE_DIR "/resources/covers")).canonicalPath()));
        QStringList names;
        for (const CoverEntry &e : library.entries())
            if (e.folder == CoverFolder::Common)
                names << e.name;
        for (const char *name : {"confidential", "fyi", "general", "urgent"})
            QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(u' ')));
        QCOMPARE(library.resolve(QStringLiteral("general"), true)->folder, CoverFolder::Common);
    }

private:
    QTemporaryDir m_dir;
    QString m_common1;
    QString m_common2;
    QString m_personal;
};

QTEST_MAIN(TestCoverLibrary)
#include "tst_coverlibrary.moc"
