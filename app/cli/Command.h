#pragma once

#include <QString>
#include <QStringList>

namespace genlab::cli {

// One command-line verb (`genlab train ...`). A verb reports bad input by throwing
// genlab::InputError; main() turns that into one line on stderr and exit status 2.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;               // one line for `genlab --help`
    virtual QString usage() const = 0;                 // full text for `genlab VERB --help`
    virtual int run(const QStringList& arguments) = 0; // the words after the verb
};

} // namespace genlab::cli
