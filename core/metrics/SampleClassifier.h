#pragma once

#include "common/TensorFwd.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace genlab::data {
struct DataSet;
}

namespace genlab::metrics {

// A small convolutional classifier for one labelled image data set (MNIST digits,
// Fashion-MNIST, an IDX folder with labels): it labels generated samples for the class
// coverage figures, and its penultimate layer gives the features of the classifier Frechet
// distance. Trained once per data set and cached on disk. Calls are serialised; any thread.
class SampleClassifier
{
public:
    static constexpr int64_t kFeatureDim = 128; // width of the feature layer

    struct TrainingOptions {
        int epochs = 8;
        int64_t batchSize = 128;
        double learningRate = 3e-3; // peak; cosine decay to zero over the run
        uint64_t seed = 1;
        int64_t maxTrainItems = 0; // 0: all training items, else a random subset of this many
        int maxShift = 1;          // random translation (pixels) of each training image

        // The window's recipe: about 80,000 images seen, at least 3 and at most 8 epochs (8 of
        // the 9,000 digits: 98.3% on the held-out digits; 3 of Fashion-MNIST's 60,000, as 2
        // reached only 87.99% on its test set).
        static TrainingOptions forItemCount(int64_t trainCount);
    };

    // Trains on data.train and measures accuracy on data.test (or on the training items when
    // there is no test split). `interrupted` is polled between batches; training then stops
    // and the classifier is returned as it stands. Throws InputError without labels.
    static std::shared_ptr<SampleClassifier> train(const data::DataSet& data, const TrainingOptions& options,
                                                   const std::function<bool()>& interrupted = {});
    // The cached classifier for this data set when there is one that fits, else a new one
    // trained with default options and written to the cache atomically.
    static std::shared_ptr<SampleClassifier> loadOrTrain(const data::DataSet& data, const QString& cacheDir,
                                                         const std::function<bool()>& interrupted = {});
    // ${GENLAB_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/genlab}/classifiers
    static QString defaultCacheDir();
    // The cache file for a data set: its name and shape, so another data set never fits.
    static QString cacheFile(const data::DataSet& data, const QString& cacheDir);

    ~SampleClassifier();
    SampleClassifier(const SampleClassifier&) = delete;
    SampleClassifier& operator=(const SampleClassifier&) = delete;

    // Writes to `file` atomically (a temporary file renamed into place).
    void save(const QString& file) const;
    // Throws InputError when the file is missing, damaged or made for another shape.
    static std::shared_ptr<SampleClassifier> load(const QString& file,
                                                  const std::vector<int64_t>& sampleShape, int classCount);

    // images: float [N, C, H, W] in [0, 1].
    at::Tensor logits(const at::Tensor& images) const;
    at::Tensor features(const at::Tensor& images) const; // [N, kFeatureDim]
    std::vector<int64_t> classify(const at::Tensor& images) const;
    // The labels of images whose features() are given: one pass gives a measurement both. With
    // `confidences`, also the probability the classifier gives each chosen class.
    std::vector<int64_t> classifyFeatures(const at::Tensor& features,
                                          std::vector<double>* confidences = nullptr) const;
    double accuracy(const at::Tensor& images, const at::Tensor& labels) const;

    int classCount() const;
    std::vector<int64_t> sampleShape() const;
    double testAccuracy() const; // measured after training (stored in the cache file)

private:
    struct Private;
    explicit SampleClassifier(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace genlab::metrics
