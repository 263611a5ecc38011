#include "common/InputError.h"
#include "common/TorchApi.h"
#include "data/DataCatalog.h"
#include "data/DataSet.h"
#include "data/ImageFolderReader.h"

#include "InputErrorMessage.h"
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <QtTest>

using genlab::InputError;
using genlab::data::DataCatalog;
using genlab::data::DataSet;
using genlab::data::ImageFolderReader;
using genlab::data::LoadOptions;

using genlab::testing::errorOf;

namespace {

LoadOptions sized(int size, bool colour)
{
    LoadOptions options;
    options.imageSize = size;
    options.colour = colour;
    return options;
}

QImage filled(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

} // namespace

class ImageFolderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { at::set_num_threads(1); }

    void read_greyImages_areResizedAndScaledToUnitRange()
    {
        QTemporaryDir dir;
        QVERIFY(filled(40, 40, QColor(100, 100, 100)).save(dir.filePath("a.png")));
        QVERIFY(filled(40, 40, QColor(200, 200, 200)).save(dir.filePath("b.PNG")));
        QVERIFY(filled(16, 16, QColor(255, 255, 255)).save(dir.filePath("c.jpg"), "JPEG", 100));
        QVERIFY(QFile(dir.filePath("notes.txt")).open(QIODevice::WriteOnly)); // not an image: ignored
        const DataSet data = DataCatalog::load(dir.path(), sized(8, false));
        QCOMPARE(data.kind, genlab::data::DataKind::Images);
        QCOMPARE(data.sampleShape(), (std::vector<int64_t>{1, 8, 8}));
        QCOMPARE(data.trainCount(), int64_t(3));
        QVERIFY(!data.hasLabels());
        // Files in name order: a (100), b (200), c (255, JPEG).
        QVERIFY(torch::allclose(data.train[0], torch::full({1, 8, 8}, 100.0f / 255.0f), 0, 1e-6));
        QVERIFY(torch::allclose(data.train[1], torch::full({1, 8, 8}, 200.0f / 255.0f), 0, 1e-6));
        QVERIFY(torch::allclose(data.train[2], torch::full({1, 8, 8}, 1.0f), 0, 2.0 / 255.0));
    }

    void read_colour_keepsThreeChannels()
    {
        QTemporaryDir dir;
        QVERIFY(filled(10, 10, QColor(255, 0, 51)).save(dir.filePath("red.png")));
        const DataSet data = ImageFolderReader::read(dir.path(), sized(5, true));
        QCOMPARE(data.sampleShape(), (std::vector<int64_t>{3, 5, 5}));
        QVERIFY(torch::allclose(data.train[0][0], torch::ones({5, 5})));
        QVERIFY(torch::allclose(data.train[0][1], torch::zeros({5, 5})));
        QVERIFY(torch::allclose(data.train[0][2], torch::full({5, 5}, 0.2f)));
    }

    void read_wideImage_isCentreCroppedToASquare()
    {
        // 30x10: left third black, middle white, right third black; the centre square is white.
        QImage image = filled(30, 10, Qt::black);
        for (int y = 0; y < 10; ++y)
            for (int x = 10; x < 20; ++x)
                image.setPixel(x, y, qRgb(255, 255, 255));
        QTemporaryDir dir;
        QVERIFY(image.save(dir.filePath("wide.png")));
        const DataSet data = ImageFolderReader::read(dir.path(), sized(10, false));
        QVERIFY(torch::allclose(data.train[0], torch::ones({1, 10, 10})));
    }

    void read_transparentPixels_becomeWhite()
    {
        QImage image(4, 4, QImage::Format_ARGB32);
        image.fill(QColor(0, 0, 0, 0));
        QTemporaryDir dir;
        QVERIFY(image.save(dir.filePath("clear.png")));
        const DataSet data = ImageFolderReader::read(dir.path(), sized(4, false));
        QVERIFY(torch::allclose(data.train[0], torch::ones({1, 4, 4})));
    }

    void read_classSubfolders_giveLabelsAndClassNames()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        QVERIFY(root.mkpath("cats") && root.mkpath("dogs") && root.mkpath("empty"));
        QVERIFY(filled(6, 6, Qt::black).save(root.filePath("cats/1.png")));
        QVERIFY(filled(6, 6, Qt::black).save(root.filePath("cats/2.png")));
        QVERIFY(filled(6, 6, Qt::white).save(root.filePath("dogs/1.png")));
        const DataSet data = DataCatalog::load(dir.path(), sized(6, false));
        QCOMPARE(data.classNames, (QStringList{QStringLiteral("cats"), QStringLiteral("dogs")}));
        QCOMPARE(data.trainCount(), int64_t(3));
        QCOMPARE(data.trainLabels[0].item<int64_t>(), int64_t(0));
        QCOMPARE(data.trainLabels[2].item<int64_t>(), int64_t(1));
        QCOMPARE(data.train[2].mean().item<float>(), 1.0f);
    }

    void read_undecodableImage_namesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(filled(6, 6, Qt::black).save(dir.filePath("good.png")));
        QFile bad(dir.filePath("broken.png"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("this is not a PNG");
        bad.close();
        const QString message = errorOf([&] { ImageFolderReader::read(dir.path(), sized(6, false)); });
        QVERIFY2(message.startsWith(dir.filePath("broken.png") + QStringLiteral(": cannot read the image")),
                 qPrintable(message));
    }

    void read_folderWithoutImages_reportsError()
    {
        QTemporaryDir dir;
        QVERIFY(QFile(dir.filePath("readme.txt")).open(QIODevice::WriteOnly));
        const QString message = errorOf([&] { ImageFolderReader::read(dir.path(), sized(6, false)); });
        QVERIFY2(message.contains(QStringLiteral("no PNG or JPEG images")), qPrintable(message));
        const QString viaCatalog = errorOf([&] { DataCatalog::load(dir.path()); });
        QVERIFY2(viaCatalog.contains(dir.path()), qPrintable(viaCatalog));
    }

    void read_imageSizeOutOfRange_reportsError()
    {
        QTemporaryDir dir;
        QVERIFY(filled(6, 6, Qt::black).save(dir.filePath("a.png")));
        const QString message = errorOf([&] { ImageFolderReader::read(dir.path(), sized(0, false)); });
        QVERIFY2(message.contains(QStringLiteral("image size 0")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(ImageFolderTest)
#include "tst_imagefolder.moc"
