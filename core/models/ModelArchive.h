#pragma once

#include "NetworkFactory.h"
#include "common/TensorFwd.h"

#include <QString>
#include <QVariantMap>

#include <utility>
#include <vector>

namespace torch::optim {
class Optimizer;
} // namespace torch::optim

namespace torch::serialize {
class InputArchive;
class OutputArchive;
} // namespace torch::serialize

namespace genlab::models {

// Reads and writes the pieces of a model checkpoint. Reading is careful: LibTorch's own
// Module::load would silently take tensors of another shape, so every tensor is checked
// against the network first, and nothing is changed until all of them fit (commit()).
// Every problem becomes an InputError that names the piece.
class ModelArchive
{
public:
    explicit ModelArchive(torch::serialize::InputArchive& archive) : m_input(&archive) {}
    explicit ModelArchive(torch::serialize::OutputArchive& archive) : m_output(&archive) {}

    void writeText(const char* key, const QString& text);
    void writeNetwork(const char* key, const Network& network);
    void writeOptimizer(const char* key, const torch::optim::Optimizer& optimizer);
    void writeTensor(const char* key, const at::Tensor& tensor);

    QString readText(const char* key);
    // Stages the network's tensors; commit() copies them in.
    void readNetwork(const char* key, const Network& network);
    void readOptimizer(const char* key, torch::optim::Optimizer& optimizer);
    at::Tensor readTensor(const char* key);
    void commit();

    // The identity check every model starts its load() with.
    void writeIdentity(const QString& kind, const QString& signature);
    void checkIdentity(const QString& kind, const QString& signature);

    // Live settings travel with the model, so that a resumed run goes on with them.
    void writeSettings(const QVariantMap& settings);
    QVariantMap readSettings();

private:
    torch::serialize::InputArchive* m_input = nullptr;
    torch::serialize::OutputArchive* m_output = nullptr;
    std::vector<std::pair<at::Tensor, at::Tensor>> m_staged; // (destination, loaded)
};

} // namespace genlab::models
