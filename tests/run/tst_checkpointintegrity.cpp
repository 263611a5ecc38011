#include "InputErrorMessage.h"
#include "run/CheckpointIntegrity.h"
#include "run/RunDirectory.h"
#include "training/Trainer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using run::CheckpointIntegrity;
using testing::errorOf;

namespace {

QByteArray tinyCheckpoint(const QString& folder)
{
    training::TrainingConfig config;
    config.model = QStringLiteral("vae");
    config.data = QStringLiteral("ring8");
    config.steps = 2;
    config.settings = {{QStringLiteral("width"), 8}, {QStringLiteral("depth"), 1}};
    config.outDir = folder;
    training::Trainer trainer(config);
    while (!trainer.finished())
        trainer.step();
    QFile file(run::RunDirectory::latestCheckpoint(folder));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int le16(const QByteArray& bytes, qsizetype at)
{
    return int(uint8_t(bytes[at])) | (int(uint8_t(bytes[at + 1])) << 8);
}

} // namespace

class CheckpointIntegrityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bytes = tinyCheckpoint(m_dir.path());
        QVERIFY(m_bytes.size() > 1000);
    }

    void check_checkpointAsLibTorchWritesIt_passes()
    {
        // LibTorch stores tensors and deflates the TorchScript sources: both kinds are checked.
        QCOMPARE(errorOf([&] { CheckpointIntegrity::check(m_bytes, QStringLiteral("c.pt")); }), QString());
    }

    void check_anyChangedDataByte_failsTheEntrysCrc()
    {
        // Every entry's first data byte, one at a time (stored and deflated entries alike). LibTorch
        // writes the sizes after the data (flag bit 3), so the local headers give only the start.
        int entries = 0;
        for (qsizetype header = m_bytes.indexOf("PK\x03\x04"); header >= 0;
             header = m_bytes.indexOf("PK\x03\x04", header + 4)) {
            const int nameLength = le16(m_bytes, header + 26);
            const qsizetype data = header + 30 + nameLength + le16(m_bytes, header + 28);
            const QString name = QString::fromUtf8(m_bytes.mid(header + 30, nameLength));
            QByteArray damaged = m_bytes;
            damaged[data] = char(damaged[data] ^ 0x20);
            const QString message =
                errorOf([&] { CheckpointIntegrity::check(damaged, QStringLiteral("c.pt")); });
            QVERIFY2(message.startsWith(QStringLiteral("c.pt: damaged checkpoint: entry ") + name),
                     qPrintable(name + QStringLiteral(" -> ") + message));
            ++entries;
        }
        QVERIFY(entries > 5);
    }

    void check_cutOffFile_isReportedWithoutReadingPastTheEnd_data()
    {
        QTest::addColumn<int>("keep");
        for (int keep : {0, 3, 21, 100, 1000})
            QTest::newRow(qPrintable(QString::number(keep))) << keep;
        QTest::newRow("all but the last byte") << -1;
        QTest::newRow("all but the directory end") << -22;
    }

    void check_cutOffFile_isReportedWithoutReadingPastTheEnd()
    {
        QFETCH(int, keep);
        const QByteArray cut = m_bytes.left(keep >= 0 ? keep : m_bytes.size() + keep);
        const QString message = errorOf([&] { CheckpointIntegrity::check(cut, QStringLiteral("c.pt")); });
        QVERIFY2(message.startsWith(QStringLiteral("c.pt: damaged checkpoint: ")), qPrintable(message));
    }

    void check_directoryClaimingMoreEntries_isReported()
    {
        QByteArray damaged = m_bytes;
        const qsizetype end = damaged.lastIndexOf("PK\x05\x06");
        QVERIFY(end > 0);
        damaged[end + 10] = char(damaged[end + 10] + 7);
        const QString message = errorOf([&] { CheckpointIntegrity::check(damaged, QStringLiteral("c.pt")); });
        QVERIFY2(message.startsWith(QStringLiteral("c.pt: damaged checkpoint: ")), qPrintable(message));
    }

    void checkFile_missingFile_namesIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("none.pt"));
        QVERIFY(errorOf([&] {
                    CheckpointIntegrity::checkFile(path);
                }).startsWith(path + QStringLiteral(": cannot read")));
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_bytes;
};

QTEST_GUILESS_MAIN(CheckpointIntegrityTest)
#include "tst_checkpointintegrity.moc"
