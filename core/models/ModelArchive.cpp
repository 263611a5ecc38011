#include "ModelArchive.h"

#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace genlab::models {

namespace {

QString shapeText(const at::Tensor& tensor)
{
    QStringList sizes;
    for (int64_t size : tensor.sizes())
        sizes << QString::number(size);
    return QStringLiteral("[%1]").arg(sizes.join(QLatin1Char(',')));
}

void stageModule(torch::serialize::InputArchive& archive, torch::nn::Module& module, const QString& path,
                 std::vector<std::pair<at::Tensor, at::Tensor>>& staged)
{
    const auto stage = [&](const std::string& name, const at::Tensor& destination, bool isBuffer) {
        at::Tensor loaded;
        const QString where = path + QLatin1Char('.') + QString::fromStdString(name);
        if (!archive.try_read(name, loaded, isBuffer))
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "model archive: %1 is missing").arg(where));
        if (loaded.sizes() != destination.sizes() || loaded.scalar_type() != destination.scalar_type())
            throw InputError(QCoreApplication::translate(
                                 "genlab::Errors", "model archive: %1 has shape %2, this model needs %3")
                                 .arg(where, shapeText(loaded), shapeText(destination)));
        staged.emplace_back(destination, loaded);
    };
    for (const auto& parameter : module.named_parameters(/*recurse=*/false))
        stage(parameter.key(), parameter.value(), false);
    for (const auto& buffer : module.named_buffers(/*recurse=*/false))
        stage(buffer.key(), buffer.value(), true);
    for (const auto& child : module.named_children()) {
        torch::serialize::InputArchive childArchive;
        const QString where = path + QLatin1Char('.') + QString::fromStdString(child.key());
        if (!archive.try_read(child.key(), childArchive))
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "model archive: %1 is missing").arg(where));
        stageModule(childArchive, *child.value(), where, staged);
    }
}

} // namespace

void ModelArchive::writeText(const char* key, const QString& text)
{
    m_output->write(key, c10::IValue(text.toStdString()));
}

void ModelArchive::writeNetwork(const char* key, const Network& network)
{
    torch::serialize::OutputArchive child(m_output->compilation_unit());
    network->save(child);
    m_output->write(key, child);
}

void ModelArchive::writeOptimizer(const char* key, const torch::optim::Optimizer& optimizer)
{
    torch::serialize::OutputArchive child(m_output->compilation_unit());
    optimizer.save(child);
    m_output->write(key, child);
}

void ModelArchive::writeTensor(const char* key, const at::Tensor& tensor)
{
    m_output->write(key, tensor);
}

QString ModelArchive::readText(const char* key)
{
    c10::IValue value;
    if (!m_input->try_read(key, value) || !value.isString())
        throw InputError(QCoreApplication::translate("genlab::Errors",
                                                     "model archive: \"%1\" is missing; not a GenLab model?")
                             .arg(key));
    return QString::fromStdString(value.toStringRef());
}

void ModelArchive::readNetwork(const char* key, const Network& network)
{
    torch::serialize::InputArchive child;
    if (!m_input->try_read(key, child))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "model archive: network \"%1\" is missing")
                .arg(key));
    stageModule(child, *network, QString::fromLatin1(key), m_staged);
}

void ModelArchive::readOptimizer(const char* key, torch::optim::Optimizer& optimizer)
{
    torch::serialize::InputArchive child;
    if (!m_input->try_read(key, child))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "model archive: optimiser \"%1\" is missing")
                .arg(key));
    try {
        optimizer.load(child);
    } catch (const c10::Error& error) {
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "model archive: optimiser \"%1\" does not fit: %2")
                .arg(key, QString::fromStdString(error.what_without_backtrace())));
    }
}

at::Tensor ModelArchive::readTensor(const char* key)
{
    at::Tensor tensor;
    if (!m_input->try_read(key, tensor))
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "model archive: \"%1\" is missing").arg(key));
    return tensor;
}

void ModelArchive::commit()
{
    torch::NoGradGuard noGrad;
    for (auto& [destination, loaded] : m_staged)
        destination.copy_(loaded);
    m_staged.clear();
}

void ModelArchive::writeIdentity(const QString& kind, const QString& signature)
{
    writeText("genlab_kind", kind);
    writeText("genlab_signature", signature);
}

void ModelArchive::checkIdentity(const QString& kind, const QString& signature)
{
    const QString storedKind = readText("genlab_kind");
    if (storedKind != kind)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "model archive: holds a \"%1\" model, not \"%2\"")
                .arg(storedKind, kind));
    const QString storedSignature = readText("genlab_signature");
    if (storedSignature != signature)
        throw InputError(
            QCoreApplication::translate(
                "genlab::Errors", "model archive: holds networks of another size (%1), this model is %2")
                .arg(storedSignature, signature));
}

void ModelArchive::writeSettings(const QVariantMap& settings)
{
    writeText("genlab_settings",
              QString::fromUtf8(
                  QJsonDocument(QJsonObject::fromVariantMap(settings)).toJson(QJsonDocument::Compact)));
}

QVariantMap ModelArchive::readSettings()
{
    return QJsonDocument::fromJson(readText("genlab_settings").toUtf8()).object().toVariantMap();
}

} // namespace genlab::models
