#include "CommandRegistry.h"

#include <algorithm>

namespace genlab::cli {

std::vector<CommandRegistry::Factory>& CommandRegistry::factories()
{
    // A function-local static: verbs register during static initialisation, in any order.
    static std::vector<Factory> all;
    return all;
}

bool CommandRegistry::add(Factory factory)
{
    factories().push_back(std::move(factory));
    return true;
}

std::unique_ptr<Command> CommandRegistry::create(const QString& name)
{
    for (const Factory& factory : factories()) {
        std::unique_ptr<Command> command = factory();
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

std::vector<std::unique_ptr<Command>> CommandRegistry::createAll()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const Factory& factory : factories())
        commands.push_back(factory());
    std::sort(commands.begin(), commands.end(),
              [](const auto& a, const auto& b) { return a->name() < b->name(); });
    return commands;
}

} // namespace genlab::cli
