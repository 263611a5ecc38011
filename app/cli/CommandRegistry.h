#pragma once

#include "Command.h"

#include <functional>
#include <memory>
#include <vector>

namespace genlab::cli {

// Every verb registers itself from its own .cpp file (GENLAB_REGISTER_COMMAND), so adding a
// verb never touches main.cpp.
class CommandRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Command>()>;

    static bool add(Factory factory);
    static std::unique_ptr<Command> create(const QString& name);
    // All verbs, sorted by name.
    static std::vector<std::unique_ptr<Command>> createAll();

private:
    static std::vector<Factory>& factories();
};

} // namespace genlab::cli

#define GENLAB_REGISTER_COMMAND(Type)                                                                        \
    namespace {                                                                                              \
    const bool registered##Type = ::genlab::cli::CommandRegistry::add(                                       \
        [] { return std::unique_ptr<::genlab::cli::Command>(new Type()); });                                 \
    }
