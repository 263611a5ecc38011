#pragma once

#include "DataCatalog.h"
#include "DataSet.h"

#include <QString>
#include <QStringList>

namespace genlab::data {

// The files of one MNIST-family folder (Fashion-MNIST, MNIST, KMNIST, a torchvision `raw`
// folder): train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte,
// t10k-labels-idx1-ubyte, each raw or .gz ('.' instead of the '-' before idx is accepted too).
struct IdxFolderFiles {
    QString trainImages;
    QString trainLabels;
    QString testImages;
    QString testLabels;
    bool empty() const { return trainImages.isEmpty() && testImages.isEmpty(); }
};

class IdxFolderReader
{
public:
    // Looks in the folder and in its `raw` subfolder (torchvision's layout).
    static IdxFolderFiles find(const QString& folder);
    static QStringList fashionClassNames();
    static QStringList digitClassNames();

    // Train images are required; labels are used when present for both splits; test files are
    // optional. Sizes and counts must agree between the files.
    static DataSet read(const QString& folder, const QString& name, const QStringList& classNames);
    // One IDX image file, with its labels when the matching labels file lies next to it.
    static DataSet readFile(const QString& imagesPath);
    // From the headers only.
    static DataSetInfo info(const QString& folder, const QString& name);
};

} // namespace genlab::data
