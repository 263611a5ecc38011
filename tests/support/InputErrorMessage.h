#pragma once

#include "common/InputError.h"

#include <QString>

#include <functional>

namespace genlab::testing {

// The message of the InputError that `action` throws, or an empty string when it throws none,
// so a test can assert both that bad input is refused and what the user is told.
inline QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const InputError& error) {
        return error.message();
    }
    return QString();
}

} // namespace genlab::testing
