#include "../data/IdxTestFiles.h"
#include "common/TorchApi.h"
#include "models/GenerativeModel.h"
#include "run/RunDirectory.h"
#include "training/Trainer.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace genlab;
using training::Trainer;
using training::TrainingConfig;

// Issue 9's list of bad input, one row per kind: each row writes its own broken file, runs the
// genlab executable on it, and expects exit status 2 with exactly one line on stderr that
// names the file (or field) and says what is wrong. docs/reliability.md lists these rows.

namespace {

QString genlabExecutable()
{
    // tests/tst_app_badinput and app/genlab sit side by side in the build folder.
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/genlab");
    return QFileInfo::exists(path) ? path : QString();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A tiny GAN on ring8 (or another model), for runs and checkpoints.
TrainingConfig tinyConfig(const QString& model = QStringLiteral("gan"), int width = 16)
{
    TrainingConfig config;
    config.model = model;
    config.data = QStringLiteral("ring8");
    config.seed = 2;
    config.steps = 3;
    config.settings = {
        {QStringLiteral("width"), width}, {QStringLiteral("depth"), 1}, {QStringLiteral("batch_size"), 16}};
    return config;
}

// A finished three-step run folder with its checkpoint; returns the checkpoint's path.
QString writeRun(const QString& folder, const TrainingConfig& base = tinyConfig())
{
    TrainingConfig config = base;
    config.outDir = folder;
    Trainer trainer(config);
    while (!trainer.finished())
        trainer.step();
    return run::RunDirectory::latestCheckpoint(folder);
}

// A checkpoint as Trainer::writeCheckpoint lays it out, from `model`'s networks but carrying
// `configJson` as its run config; `withRng` false leaves out a key every GenLab checkpoint has.
void writeCheckpoint(const QString& path, const models::GenerativeModel& model, const QJsonObject& config,
                     bool withRng = true)
{
    torch::serialize::OutputArchive archive;
    model.save(archive);
    archive.write("trainer.step", c10::IValue(int64_t(3)));
    archive.write("trainer.epoch", c10::IValue(int64_t(0)));
    archive.write("trainer.position", c10::IValue(int64_t(48)));
    archive.write("trainer.seconds", c10::IValue(0.5));
    archive.write("trainer.config",
                  c10::IValue(QJsonDocument(config).toJson(QJsonDocument::Compact).toStdString()));
    if (withRng) {
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(generator.mutex());
        archive.write("trainer.rng", generator.get_state(), /*is_buffer=*/true);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    archive.save_to(path.toStdString());
}

// A PNG whose IHDR chunk declares width x height grey pixels, followed by an IDAT chunk far too
// short for them and IEND: the header is valid, so a reader believes the size it claims.
QByteArray pngHeaderClaiming(quint32 width, quint32 height)
{
    const auto bigEndian = [](quint32 value) {
        QByteArray bytes(4, '\0');
        for (int i = 0; i < 4; ++i)
            bytes[i] = char((value >> (24 - 8 * i)) & 0xff);
        return bytes;
    };
    const auto crc32 = [](const QByteArray& bytes) {
        quint32 crc = 0xffffffffu;
        for (char byte : bytes) {
            crc ^= quint8(byte);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    };
    const auto chunk = [&](const QByteArray& type, const QByteArray& data) {
        return bigEndian(quint32(data.size())) + type + data + bigEndian(crc32(type + data));
    };
    QByteArray header = bigEndian(width) + bigEndian(height);
    header += QByteArray("\x08\x00\x00\x00\x00", 5); // 8-bit grey, deflate, no filter, no interlace
    const QByteArray pixels("\x78\x9c\x63\x60\x80\x01\x00\x00\x0a\x00\x01", 11); // zlib: ten zero bytes
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", pixels) +
           chunk("IEND", {});
}

QByteArray digitsJson(int count)
{
    QByteArray text = "{ \"data\": [";
    for (int i = 0; i < count * 28 * 28; ++i)
        text += i ? ",0.5" : "0.5";
    return text + "]}";
}

void writeDigits(const QString& folder, const QByteArray& zero)
{
    for (int digit = 0; digit < 10; ++digit)
        writeBytes(QDir(folder).filePath(QStringLiteral("%1.json").arg(digit)),
                   digit == 0 ? zero : digitsJson(2));
}

QStringList trainOn(const QString& data, const QString& out)
{
    return {QStringLiteral("train"),
            QStringLiteral("--model"),
            QStringLiteral("gan"),
            QStringLiteral("--data"),
            data,
            QStringLiteral("--steps"),
            QStringLiteral("2"),
            QStringLiteral("--set"),
            QStringLiteral("width=8"),
            QStringLiteral("--quiet"),
            QStringLiteral("--out"),
            out};
}

QStringList trainWithConfig(const QString& configFile, const QString& out)
{
    return {QStringLiteral("train"),   QStringLiteral("--config"), configFile,
            QStringLiteral("--quiet"), QStringLiteral("--out"),    out};
}

QStringList evalRun(const QString& runOrCheckpoint)
{
    return {QStringLiteral("eval"), QStringLiteral("--run"), runOrCheckpoint};
}

// Sets up one kind of bad input in `dir` and returns the genlab arguments that read it.
using Setup = std::function<QStringList(const QDir& dir)>;

struct BadInput {
    QString name;
    Setup setup;
    QStringList expected; // fragments of the one line on stderr (DIR stands for the folder)
};

QVector<BadInput> badInputs()
{
    using testing::idxBytes;
    const QByteArray validConfig = QJsonDocument(tinyConfig().toJson()).toJson(QJsonDocument::Compact);
    auto jsonWith = [](const QString& key, const QJsonValue& value) {
        QJsonObject json = tinyConfig().toJson();
        json.insert(key, value);
        return QJsonDocument(json).toJson();
    };
    QVector<BadInput> inputs;

    // --- IDX files
    inputs.append({QStringLiteral("idx truncated"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("idx/train-images-idx3-ubyte")),
                                  idxBytes(0x00000803, {10, 28, 28}, QByteArray(100, '\1')));
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("idx"))};
                   },
                   {QStringLiteral("DIR/idx/train-images-idx3-ubyte"), QStringLiteral("truncated")}});
    inputs.append({QStringLiteral("idx header claims 2^31 images"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("idx/train-images-idx3-ubyte")),
                                  idxBytes(0x00000803, {0x7fffffff, 28, 28}, QByteArray(784, '\1')));
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("idx"))};
                   },
                   {QStringLiteral("DIR/idx/train-images-idx3-ubyte"), QStringLiteral("2147483647")}});
    inputs.append({QStringLiteral("idx wrong magic"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("idx/train-images-idx3-ubyte")),
                                  idxBytes(0x12340803, {1, 28, 28}, QByteArray(784, '\1')));
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("idx"))};
                   },
                   {QStringLiteral("DIR/idx/train-images-idx3-ubyte"), QStringLiteral("magic number")}});
    // --- the digits JSON
    inputs.append({QStringLiteral("digits json cut off"),
                   [](const QDir& dir) {
                       writeDigits(dir.filePath(QStringLiteral("digits")), digitsJson(2).left(900));
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("digits"))};
                   },
                   {QStringLiteral("DIR/digits/0.json"), QStringLiteral("at byte")}});
    inputs.append(
        {QStringLiteral("digits json partial digit"),
         [](const QDir& dir) {
             QByteArray text = digitsJson(1);
             text.insert(text.size() - 2, ",0.5,0.5");
             writeDigits(dir.filePath(QStringLiteral("digits")), text);
             return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("digits"))};
         },
         {QStringLiteral("DIR/digits/0.json"), QStringLiteral("786 numbers"), QStringLiteral("28x28")}});
    // --- image folders
    inputs.append({QStringLiteral("image folder with an unreadable image"),
                   [](const QDir& dir) {
                       QImage image(8, 8, QImage::Format_Grayscale8);
                       image.fill(128);
                       QDir().mkpath(dir.filePath(QStringLiteral("images")));
                       image.save(dir.filePath(QStringLiteral("images/a.png")));
                       writeBytes(dir.filePath(QStringLiteral("images/b.png")), "not a PNG at all");
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("images"))};
                   },
                   {QStringLiteral("DIR/images/b.png"), QStringLiteral("cannot read the image")}});
    inputs.append({QStringLiteral("image folder with a PNG claiming 60000x60000 pixels"),
                   [](const QDir& dir) {
                       QImage image(8, 8, QImage::Format_Grayscale8);
                       image.fill(128);
                       QDir().mkpath(dir.filePath(QStringLiteral("images")));
                       image.save(dir.filePath(QStringLiteral("images/a.png")));
                       writeBytes(dir.filePath(QStringLiteral("images/huge.png")),
                                  pngHeaderClaiming(60000, 60000));
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("images"))};
                   },
                   {QStringLiteral("DIR/images/huge.png"), QStringLiteral("60000x60000")}});
    inputs.append({QStringLiteral("image folder with a PNG cut in half"),
                   [](const QDir& dir) {
                       QImage image(64, 64, QImage::Format_Grayscale8);
                       for (int y = 0; y < 64; ++y)
                           for (int x = 0; x < 64; ++x)
                               image.scanLine(y)[x] = uchar((x * 7 + y * 13) % 256);
                       QDir().mkpath(dir.filePath(QStringLiteral("images")));
                       image.save(dir.filePath(QStringLiteral("images/a.png")));
                       QByteArray bytes;
                       QBuffer buffer(&bytes);
                       buffer.open(QIODevice::WriteOnly);
                       image.save(&buffer, "PNG");
                       writeBytes(dir.filePath(QStringLiteral("images/b.png")), bytes.left(bytes.size() / 2));
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("images"))};
                   },
                   {QStringLiteral("DIR/images/b.png"), QStringLiteral("ends inside its IDAT chunk")}});
    inputs.append({QStringLiteral("image folder with zero images"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("empty/notes.txt")), "no pictures here");
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("empty"))};
                   },
                   {QStringLiteral("DIR/empty"), QStringLiteral("holds no data")}});
    // --- CSV points
    inputs.append({QStringLiteral("csv text"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("p.csv")), "x,y\n1,2\n3,four\n");
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("p.csv"))};
                   },
                   {QStringLiteral("DIR/p.csv:3"), QStringLiteral("'four' is not a number")}});
    inputs.append({QStringLiteral("csv NaN"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("p.csv")), "1,2\nnan,0.5\n");
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("p.csv"))};
                   },
                   {QStringLiteral("DIR/p.csv:2"), QStringLiteral("'nan' is not a finite number")}});
    inputs.append({QStringLiteral("csv one column"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("p.csv")), "1\n2\n");
                       return QStringList{QStringLiteral("datasets"), dir.filePath(QStringLiteral("p.csv"))};
                   },
                   {QStringLiteral("DIR/p.csv:1"), QStringLiteral("expected 2 columns (x,y), found 1")}});
    inputs.append({QStringLiteral("csv as training data"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("p.csv")), "1,2\n3,inf\n");
                       return trainOn(dir.filePath(QStringLiteral("p.csv")),
                                      dir.filePath(QStringLiteral("run")));
                   },
                   {QStringLiteral("DIR/p.csv:2"), QStringLiteral("'inf' is not a finite number")}});
    // --- configs and presets
    inputs.append({QStringLiteral("config invalid json"),
                   [validConfig](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("c.json")),
                                  validConfig.left(validConfig.size() / 2));
                       return trainWithConfig(dir.filePath(QStringLiteral("c.json")),
                                              dir.filePath(QStringLiteral("run")));
                   },
                   {QStringLiteral("DIR/c.json"), QStringLiteral("not a JSON object")}});
    inputs.append({QStringLiteral("config unknown key"),
                   [jsonWith](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("c.json")),
                                  jsonWith(QStringLiteral("stpes"), 5));
                       return trainWithConfig(dir.filePath(QStringLiteral("c.json")),
                                              dir.filePath(QStringLiteral("run")));
                   },
                   {QStringLiteral("DIR/c.json"), QStringLiteral("unknown field 'stpes'")}});
    inputs.append({QStringLiteral("config value out of range"),
                   [jsonWith](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("c.json")),
                                  jsonWith(QStringLiteral("steps"), -5));
                       return trainWithConfig(dir.filePath(QStringLiteral("c.json")),
                                              dir.filePath(QStringLiteral("run")));
                   },
                   {QStringLiteral("DIR/c.json"), QStringLiteral("'steps'")}});
    inputs.append({QStringLiteral("config setting out of range"),
                   [](const QDir& dir) {
                       QJsonObject json = tinyConfig().toJson();
                       QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
                       settings.insert(QStringLiteral("lr_d"), -0.5);
                       json.insert(QStringLiteral("settings"), settings);
                       writeBytes(dir.filePath(QStringLiteral("c.json")), QJsonDocument(json).toJson());
                       return trainWithConfig(dir.filePath(QStringLiteral("c.json")),
                                              dir.filePath(QStringLiteral("run")));
                   },
                   {QStringLiteral("DIR/c.json: settings: lr_d"), QStringLiteral("-0.5"),
                    QStringLiteral("out of range")}});
    inputs.append({QStringLiteral("preset file with an unknown key"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("my-preset.json")),
                                  R"({"name": "my-preset", "story": "s", "model": "gan", "data": "ring8",
                                      "steps": 5, "colour": "red"})");
                       return trainWithConfig(dir.filePath(QStringLiteral("my-preset.json")),
                                              dir.filePath(QStringLiteral("run")));
                   },
                   {QStringLiteral("DIR/my-preset.json"), QStringLiteral("unknown field 'colour'")}});
    // --- checkpoints
    inputs.append({QStringLiteral("checkpoint truncated"),
                   [](const QDir& dir) {
                       const QString checkpoint = writeRun(dir.filePath(QStringLiteral("run")));
                       QFile file(checkpoint);
                       file.resize(file.size() / 2);
                       return evalRun(dir.filePath(QStringLiteral("run")));
                   },
                   {QStringLiteral("DIR/run/checkpoints/step-00000003.pt"),
                    QStringLiteral("damaged checkpoint: no zip directory at the end")}});
    inputs.append(
        {QStringLiteral("checkpoint with a changed byte"),
         [](const QDir& dir) {
             const QString checkpoint = writeRun(dir.filePath(QStringLiteral("run")));
             QFile file(checkpoint);
             file.open(QIODevice::ReadWrite);
             QByteArray bytes = file.readAll();
             // One byte of the stored "version" entry's data: LibTorch reads entries
             // without checking their CRC-32, so it would not notice.
             const qsizetype name = bytes.indexOf("/version");
             const qsizetype header = bytes.lastIndexOf("PK\x03\x04", name);
             if (header >= 0) {
                 const auto le16 = [&](qsizetype at) {
                     return int(uint8_t(bytes[at])) | (int(uint8_t(bytes[at + 1])) << 8);
                 };
                 bytes[header + 30 + le16(header + 26) + le16(header + 28)] ^= 0x01;
             }
             file.seek(0);
             file.write(bytes);
             return evalRun(dir.filePath(QStringLiteral("run")));
         },
         {QStringLiteral("DIR/run/checkpoints/step-00000003.pt"), QStringLiteral("fails its CRC-32 check")}});
    inputs.append({QStringLiteral("checkpoint of another model"),
                   [](const QDir& dir) {
                       Trainer vae(tinyConfig(QStringLiteral("vae")));
                       writeCheckpoint(dir.filePath(QStringLiteral("other.pt")), vae.model(),
                                       tinyConfig().toJson());
                       return evalRun(dir.filePath(QStringLiteral("other.pt")));
                   },
                   {QStringLiteral("DIR/other.pt"), QStringLiteral("holds a \"vae\" model, not \"gan\"")}});
    inputs.append({QStringLiteral("checkpoint of another size"),
                   [](const QDir& dir) {
                       Trainer wide(tinyConfig(QStringLiteral("gan"), 32));
                       writeCheckpoint(dir.filePath(QStringLiteral("other.pt")), wide.model(),
                                       tinyConfig().toJson());
                       return evalRun(dir.filePath(QStringLiteral("other.pt")));
                   },
                   {QStringLiteral("DIR/other.pt"), QStringLiteral("another size")}});
    inputs.append({QStringLiteral("checkpoint of another version"),
                   [](const QDir& dir) {
                       Trainer gan(tinyConfig());
                       writeCheckpoint(dir.filePath(QStringLiteral("old.pt")), gan.model(),
                                       tinyConfig().toJson(),
                                       /*withRng=*/false);
                       return evalRun(dir.filePath(QStringLiteral("old.pt")));
                   },
                   {QStringLiteral("DIR/old.pt"), QStringLiteral("\"trainer.rng\" is missing"),
                    QStringLiteral("another GenLab version")}});
    inputs.append({QStringLiteral("not a checkpoint at all"),
                   [](const QDir& dir) {
                       writeBytes(dir.filePath(QStringLiteral("notes.pt")), "just text");
                       return evalRun(dir.filePath(QStringLiteral("notes.pt")));
                   },
                   {QStringLiteral("DIR/notes.pt"), QStringLiteral("damaged checkpoint: not a zip file")}});
    // --- run folders
    inputs.append({QStringLiteral("run folder without a checkpoint"),
                   [](const QDir& dir) {
                       const QString run = dir.filePath(QStringLiteral("run"));
                       writeRun(run);
                       QDir(run).removeRecursively();
                       QDir().mkpath(run);
                       writeBytes(QDir(run).filePath(QStringLiteral("config.json")),
                                  QJsonDocument(tinyConfig().toJson()).toJson());
                       return evalRun(run);
                   },
                   {QStringLiteral("DIR/run"), QStringLiteral("no checkpoint")}});
    inputs.append({QStringLiteral("run folder config half written"),
                   [](const QDir& dir) {
                       const QString run = dir.filePath(QStringLiteral("run"));
                       writeRun(run);
                       writeBytes(QDir(run).filePath(QStringLiteral("config.json")),
                                  "{\"model\": \"gan\", \"da");
                       return QStringList{QStringLiteral("bundle"), QStringLiteral("--run"), run,
                                          QStringLiteral("--out"), dir.filePath(QStringLiteral("bundle"))};
                   },
                   {QStringLiteral("DIR/run/config.json"), QStringLiteral("not a JSON object")}});
    inputs.append({QStringLiteral("run folder sample file half written"),
                   [](const QDir& dir) {
                       const QString run = dir.filePath(QStringLiteral("run"));
                       writeRun(run);
                       const QString samples = QDir(run).filePath(QStringLiteral("samples"));
                       const QStringList files =
                           QDir(samples).entryList({QStringLiteral("*.csv")}, QDir::Files);
                       QFile file(QDir(samples).filePath(files.value(0)));
                       file.open(QIODevice::Append);
                       file.write("0.25,"); // a row cut off in the middle, as a killed writer leaves it
                       file.close();
                       return QStringList{QStringLiteral("export-gif"), QStringLiteral("--run"), run,
                                          QStringLiteral("--out"), dir.filePath(QStringLiteral("x.gif"))};
                   },
                   {QStringLiteral("DIR/run/samples/"), QStringLiteral("column 2 is empty")}});
    inputs.append(
        {QStringLiteral("resume a run whose newest checkpoint is cut off"),
         [](const QDir& dir) {
             const QString run = dir.filePath(QStringLiteral("run"));
             QFile file(writeRun(run));
             file.resize(100);
             return QStringList{
                 QStringLiteral("train"),   QStringLiteral("--resume"), run,
                 QStringLiteral("--steps"), QStringLiteral("6"),        QStringLiteral("--quiet")};
         },
         {QStringLiteral("DIR/run/checkpoints/step-00000003.pt"), QStringLiteral("damaged checkpoint")}});
    // --- hyper-parameter fields
    const QVector<QPair<QString, QStringList>> settings = {
        {QStringLiteral("lr_d=-0.001"), {QStringLiteral("lr_d"), QStringLiteral("out of range")}},
        {QStringLiteral("batch_size=0"), {QStringLiteral("batch_size"), QStringLiteral("out of range")}},
        {QStringLiteral("latent_dim=100000000"),
         {QStringLiteral("latent_dim"), QStringLiteral("out of range")}},
        {QStringLiteral("width=abc"), {QStringLiteral("width"), QStringLiteral("not an integer")}},
    };
    // A two-step GAN run on ring8 with one bad option: `--set lr_d=-0.001`, `--device tpu`.
    const auto shortRunWith = [](const QString& option, const QString& value) {
        return [option, value](const QDir& dir) {
            return QStringList{QStringLiteral("train"),
                               QStringLiteral("--model"),
                               QStringLiteral("gan"),
                               QStringLiteral("--data"),
                               QStringLiteral("ring8"),
                               QStringLiteral("--steps"),
                               QStringLiteral("2"),
                               option,
                               value,
                               QStringLiteral("--out"),
                               dir.filePath(QStringLiteral("run"))};
        };
    };
    for (const auto& setting : settings)
        inputs.append({QStringLiteral("setting ") + setting.first,
                       shortRunWith(QStringLiteral("--set"), setting.first), setting.second});
    // --- devices: this CPU build has no CUDA (on a CUDA build the first would train)
    const QVector<QPair<QString, QStringList>> devices = {
        {QStringLiteral("cuda:0"), {QStringLiteral("device 'cuda:0'"), QStringLiteral("no CUDA")}},
        {QStringLiteral("tpu"), {QStringLiteral("unknown device 'tpu'")}},
        {QStringLiteral("mps"), {QStringLiteral("device 'mps'"), QStringLiteral("cpu or cuda:N only")}},
    };
    if (!torch::cuda::is_available())
        for (const auto& device : devices)
            inputs.append({QStringLiteral("device ") + device.first,
                           shortRunWith(QStringLiteral("--device"), device.first), device.second});
    return inputs;
}

} // namespace

class BadInputTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        at::set_num_threads(1);
        if (genlabExecutable().isEmpty())
            QSKIP("the genlab executable is not built next to the tests");
    }

    void genlab_badInput_exitsTwoWithOneLineNamingFileAndProblem_data()
    {
        QTest::addColumn<int>("index");
        const QVector<BadInput> inputs = badInputs();
        for (int i = 0; i < inputs.size(); ++i)
            QTest::newRow(qPrintable(inputs[i].name)) << i;
    }

    void genlab_badInput_exitsTwoWithOneLineNamingFileAndProblem()
    {
        QFETCH(int, index);
        const BadInput input = badInputs().at(index);
        QTemporaryDir dir;
        const QStringList arguments = input.setup(QDir(dir.path()));
        QProcess process;
        process.start(genlabExecutable(), arguments);
        QVERIFY(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        qInfo("%s", qPrintable(err.trimmed())); // the message, as docs/reliability.md quotes it
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(err));
        QVERIFY2(process.exitCode() == 2,
                 qPrintable(QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(err)));
        QVERIFY2(err.count(QLatin1Char('\n')) == 1 && err.endsWith(QLatin1Char('\n')), qPrintable(err));
        QVERIFY2(err.startsWith(QStringLiteral("genlab %1: ").arg(arguments.first())), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("internal error")), qPrintable(err));
        for (QString fragment : input.expected) {
            fragment.replace(QStringLiteral("DIR"), dir.path());
            QVERIFY2(err.contains(fragment),
                     qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, err)));
        }
    }

    void genlab_imageFolderOfMixedSizesAndColours_isAccepted()
    {
        QTemporaryDir dir;
        const QList<QSize> sizes = {{8, 8}, {40, 30}, {5, 17}};
        for (int i = 0; i < sizes.size(); ++i) {
            QImage image(sizes[i], i == 1 ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
            image.fill(Qt::gray);
            QVERIFY(image.save(dir.filePath(QStringLiteral("%1.png").arg(i))));
        }
        QProcess process;
        process.start(genlabExecutable(), {QStringLiteral("datasets"), dir.path()});
        QVERIFY(process.waitForFinished(120000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("3")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(BadInputTest)
#include "tst_badinput.moc"
