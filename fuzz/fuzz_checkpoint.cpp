// A checkpoint load on arbitrary bytes, the way Trainer::restore and the models' load() do it:
// LibTorch's archive reader, the run config it carries (TrainingConfig::fromJson), then
// ModelArchive's identity, settings and shape-checked network reads.
//
// GENLAB_FUZZ_WRITE_SEED=<file> writes a valid checkpoint of the fuzzed layout and exits
// (fuzz/run.sh makes the seed corpus with it).
#include "common/InputError.h"
#include "common/TorchApi.h"
#include "models/ModelArchive.h"
#include "models/NetworkFactory.h"
#include "run/CheckpointIntegrity.h"
#include "training/TrainingConfig.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace {

using genlab::models::ModelArchive;
using genlab::models::Network;
using genlab::models::NetworkFactory;
using genlab::models::NetworkLayout;

const char* const kKeyConfig = "trainer.config"; // as in Trainer.cpp

NetworkLayout tinyLayout()
{
    NetworkLayout layout;
    layout.sampleShape = {2};
    layout.latentDim = 2;
    layout.width = 4;
    layout.depth = 1;
    return layout;
}

Network tinyDecoder()
{
    at::Generator generator = at::detail::createCPUGenerator(1);
    return NetworkFactory::decoder(tinyLayout(), genlab::models::OutputActivation::None, generator);
}

QString tinySignature()
{
    return tinyLayout().signature(QStringLiteral("mlp"), QStringLiteral("adam"));
}

void writeSeed(const char* path)
{
    torch::serialize::OutputArchive output;
    ModelArchive archive(output);
    genlab::training::TrainingConfig config;
    config.model = QStringLiteral("vae");
    config.data = QStringLiteral("ring");
    config.steps = 10;
    output.write(kKeyConfig, c10::IValue(QJsonDocument(config.toJson()).toJson().toStdString()));
    archive.writeIdentity(QStringLiteral("vae"), tinySignature());
    archive.writeSettings({{QStringLiteral("lr"), 0.001}});
    archive.writeNetwork("decoder", tinyDecoder());
    archive.writeTensor("random_state", at::detail::createCPUGenerator(2).get_state());
    output.save_to(path);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    at::set_num_threads(1);
    if (const char* seed = std::getenv("GENLAB_FUZZ_WRITE_SEED")) {
        writeSeed(seed);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const Network network = tinyDecoder();
    // Trainer::restore checks the zip container (sizes, CRC-32s) before LibTorch reads it.
    try {
        genlab::run::CheckpointIntegrity::check(
            QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), QStringLiteral("fuzz.pt"));
    } catch (const genlab::InputError&) {
        return 0;
    }
    torch::serialize::InputArchive input;
    try {
        std::istringstream stream(std::string(reinterpret_cast<const char*>(data), size));
        input.load_from(stream, torch::kCPU);
    } catch (const std::exception&) {
        return 0; // Trainer::restore: "not a readable checkpoint"
    }
    try {
        c10::IValue configValue;
        if (input.try_read(kKeyConfig, configValue) && configValue.isString())
            genlab::training::TrainingConfig::fromJson(
                QJsonDocument::fromJson(QByteArray::fromStdString(configValue.toStringRef())).object(),
                QStringLiteral("fuzz.pt"));
    } catch (const genlab::InputError&) {
    }
    try {
        ModelArchive archive(input);
        archive.checkIdentity(QStringLiteral("vae"), tinySignature());
        archive.readSettings();
        archive.readNetwork("decoder", network);
        archive.readTensor("random_state");
        archive.commit();
    } catch (const genlab::InputError&) {
    } catch (const c10::Error&) {
        // the models' load() turns these into InputError
    }
    return 0;
}
