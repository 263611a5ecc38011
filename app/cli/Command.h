#pragma once

#include "VerbArguments.h"
#include "VerbOption.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace genlab::cli {

// One command-line verb (`genlab train ...`). A verb reports bad input by throwing
// genlab::InputError; main() turns that into one line on stderr and exit status 2.
//
// A verb declares its options once (options()); its usage text and its parser are both made
// from that list, so that the two cannot drift apart.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;  // one line for `genlab --help`
    virtual QString synopsis() const = 0; // the "Usage: genlab VERB ..." line(s)
    // What the verb does, when the synopsis needs it explained before the options.
    virtual QString description() const { return {}; }
    virtual QVector<VerbOption> options() const = 0;
    // Free text after the options: what the output means, where things are looked for.
    virtual QString notes() const { return {}; }
    virtual int run(const QStringList& arguments) = 0; // the words after the verb
    // A verb that opens a window makes its own QApplication; the others run inside the
    // QCoreApplication main() makes for them.
    virtual bool needsWindowSystem() const { return false; }

    // The full text for `genlab VERB --help`: synopsis, description, options and notes, a blank
    // line between each two of them.
    QString usage() const;

protected:
    // The words after the verb, parsed against options().
    VerbArguments parse(const QStringList& arguments) const;
};

} // namespace genlab::cli
