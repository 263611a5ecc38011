#pragma once

#include <type_traits>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#define GENLAB_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GENLAB_THREAD_SANITIZER 1
#endif
#endif

#ifdef GENLAB_THREAD_SANITIZER
#include <sanitizer/tsan_interface.h>
#endif

namespace genlab {

// A value (or a function) that is made in one thread and read, called or destroyed in another,
// carried by Qt: a queued call, a queued signal's arguments, a QRunnable.
//
// Why it exists: Qt orders such a hand-off with the mutex inside QCoreApplication::postEvent
// (or QThreadPool). Debian's Qt is not built with ThreadSanitizer, so TSan never sees that
// mutex and reports every crossing value as a race. HandedOff states the order to TSan itself:
// whoever finishes writing the object (constructing it, or calling it) releases its address,
// whoever reads it next (copies, calls or destroys it) acquires the address first. Like Qt's
// mutex, that puts everything the sender did before the hand-off before everything the receiver
// does after it, and no more: two threads that touch shared state outside such a hand-off are
// still reported. Outside TSan builds it is a plain value.
template <typename T> class HandedOff
{
public:
    template <typename U, typename = std::enable_if_t<!std::is_same_v<std::decay_t<U>, HandedOff>>>
    explicit HandedOff(U&& value) : m_value(std::forward<U>(value))
    {
        release();
    }
    HandedOff(const HandedOff& other) : m_value((other.acquire(), other.m_value)) { release(); }
    HandedOff(HandedOff&& other) noexcept(std::is_nothrow_move_constructible_v<T>)
        : m_value((other.acquire(), std::move(other.m_value)))
    {
        release();
    }
    HandedOff& operator=(const HandedOff&) = delete;
    HandedOff& operator=(HandedOff&&) = delete;
    ~HandedOff() { acquire(); }

    const T& value() const
    {
        acquire();
        return m_value;
    }
    T& value()
    {
        acquire();
        return m_value;
    }

    // Replaces the value in place, for a cell that one thread fills and another reads later.
    void set(T value)
    {
        acquire();
        m_value = std::move(value);
        release();
    }

    // For a function: the call reads what the sender wrote, and whoever destroys the function
    // afterwards (Qt may do it in the sending thread) reads what the call wrote.
    template <typename... Args> decltype(auto) operator()(Args&&... args)
    {
        acquire();
        struct ReleaseOnExit {
            const HandedOff* self;
            ~ReleaseOnExit() { self->release(); }
        } releaseOnExit{this};
        return m_value(std::forward<Args>(args)...);
    }

private:
    void release() const
    {
#ifdef GENLAB_THREAD_SANITIZER
        __tsan_release(const_cast<T*>(&m_value));
#endif
    }
    void acquire() const
    {
#ifdef GENLAB_THREAD_SANITIZER
        __tsan_acquire(const_cast<T*>(&m_value));
#endif
    }

    T m_value;
};

template <typename U> HandedOff(U&&) -> HandedOff<std::decay_t<U>>;

} // namespace genlab
