// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QPromise>

#include <memory>
#include <type_traits>

namespace smsdesk {

namespace detail {
template<typename T, typename Fn> struct ContinuationResult
{
    using type = std::invoke_result_t<Fn, const T &>;
};
template<typename Fn> struct ContinuationResult<void, Fn>
{
    using type = std::invoke_result_t<Fn>;
};
} // namespace detail

// future.then(receiver, fn) for a receiver that may be destroyed before the future resolves: a
// dialog the user closes, a page rebuilt on a language switch, the facade at shutdown.
//
// Qt 6.4 keeps a continuation's context only as a QPointer and, when the future resolves or is
// cancelled, asserts that it still exists (Q_ASSERT(context) in qfuture_impl.h); without asserts
// the check races with the destruction when the future resolves in another thread. QTBUG-112958,
// fixed in Qt 6.6. Here the context is the application object, which outlives every future, and
// fn runs in the main thread only if `receiver` still exists. Otherwise it is skipped and the
// returned future is cancelled, as Qt 6.6 does. `receiver` must live in the main thread.
template<typename T, typename Fn> auto thenIfAlive(QFuture<T> future, const QObject *receiver, Fn fn)
{
    QObject *app = QCoreApplication::instance();
    Q_ASSERT(app && receiver && receiver->thread() == app->thread());
    using Out = typename detail::ContinuationResult<T, Fn>::type;
    // Unfinished when the lambda below is destroyed (receiver gone, or the future cancelled):
    // ~QPromise then cancels the returned future.
    auto promise = std::make_shared<QPromise<Out>>();
    promise->start();
    QFuture<Out> result = promise->future();
    auto run = [promise, fn = std::move(fn)](auto &&...value) mutable {
        if constexpr (std::is_void_v<Out>)
            fn(value...);
        else
            promise->addResult(fn(value...));
        promise->finish();
    };
    if constexpr (std::is_void_v<T>) {
        future.then(app, [guard = QPointer<const QObject>(receiver), run = std::move(run)]() mutable {
            if (guard)
                run();
        });
    } else {
        future.then(
            app, [guard = QPointer<const QObject>(receiver), run = std::move(run)](const T &value) mutable {
                if (guard)
                    run(value);
            });
    }
    return result;
}

} // namespace smsdesk
