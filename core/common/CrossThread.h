#pragma once

#include "HandedOff.h"

#include <QMetaObject>
#include <QObject>

#include <functional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace genlab {

// Runs function in the thread of context, from its event loop, and returns at once: a queued
// call whose hand-off ThreadSanitizer can see (see HandedOff). Dropped if context is destroyed
// first.
template <typename Function> void postCall(QObject* context, Function&& function)
{
    QMetaObject::invokeMethod(context, HandedOff(std::forward<Function>(function)), Qt::QueuedConnection);
}

// Delivers a signal emitted in a worker thread to receiver in receiver's own thread, the way a
// queued connection does (the arguments are copied when the signal is emitted), but through
// postCall so that ThreadSanitizer sees the hand-off. target is a member function of Receiver
// (a signal to re-emit, or a slot) or any function of the arguments.
template <typename Sender, typename... Args, typename Receiver, typename Target>
QMetaObject::Connection relayQueued(Sender* sender, void (Sender::*signal)(Args...), Receiver* receiver,
                                    Target target)
{
    return QObject::connect(
        sender, signal, receiver,
        [receiver, target](Args... args) {
            postCall(receiver, [receiver, target, values = std::make_tuple(std::decay_t<Args>(args)...)] {
                std::apply(
                    [&](const auto&... value) {
                        if constexpr (std::is_member_function_pointer_v<Target>)
                            std::invoke(target, receiver, value...);
                        else
                            std::invoke(target, value...);
                    },
                    values);
            });
        },
        // Runs in the emitting thread, which only copies the arguments; the receiver is
        // reached through the posted call.
        Qt::DirectConnection);
}

} // namespace genlab
