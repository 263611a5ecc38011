#pragma once

#include "ImageCoverageFrame.h"
#include "snapshot/ModelSnapshot.h"

#include <QString>

#include <functional>
#include <memory>

namespace genlab::metrics {

// Measures an image model's coverage: labels generated samples with the data set's
// SampleClassifier (class histogram, classes covered, KL to uniform, classifier Frechet
// distance to the test images) and takes the diversity of a fixed-noise batch. Qt-only, so
// the window can hold one; prepare() is slow (it may train the classifier) and belongs on a
// worker thread, as does measure().
class ImageCoverageMeter
{
public:
    static constexpr int kSampleCount = 1000;            // generated samples labelled per measurement
    static constexpr int kRealCount = 1000;              // real images the Frechet distance compares with
    static constexpr quint64 kReferenceSeed = 70321;     // picks them: the same set every time
    static constexpr int kDiversityCount = 64;           // the fixed-noise batch
    static constexpr quint64 kNoiseSeed = 90125;         // the same noise every measurement
    static constexpr int kMinCountPerClass = 10;         // 1% of the samples make a class covered
    static constexpr double kConfidentProbability = 0.9; // a label the classifier is sure of

    // Loads `dataName` (a catalogue name or path) and its classifier from cacheDir, training
    // and caching one when there is none. Without labels the meter measures diversity only.
    // `interrupted` stops a classifier training early (the result is then not cached).
    static std::shared_ptr<const ImageCoverageMeter> prepare(const QString& dataName, const QString& cacheDir,
                                                             const std::function<bool()>& interrupted = {});
    // The same for a data set already in memory (a snapshot's): no second copy is loaded.
    static std::shared_ptr<const ImageCoverageMeter> prepare(const data::DataSet& data,
                                                             const QString& cacheDir,
                                                             const std::function<bool()>& interrupted = {});

    // Which of `available` real images (the test split, else the training split) the Frechet
    // distance compares with: kRealCount of them drawn at random without repeats, in order.
    // Not the first kRealCount: image folders are read class by class, so those would often
    // be one class, and a generator collapsed onto that class would score best.
    static QVector<qint64> referenceIndices(qint64 available);

    // Where classifiers are cached: ${GENLAB_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/genlab}/classifiers
    static QString defaultCacheDir();

    ~ImageCoverageMeter();
    ImageCoverageMeter(const ImageCoverageMeter&) = delete;
    ImageCoverageMeter& operator=(const ImageCoverageMeter&) = delete;

    ImageCoverageFrame measure(const snapshot::ModelSnapshot& snapshot) const;

    QString dataName() const;
    bool hasClassifier() const;
    double classifierAccuracy() const;

private:
    struct Private;
    explicit ImageCoverageMeter(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace genlab::metrics
