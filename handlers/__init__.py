"""The Telegram layer: turns Telegram updates into calls on the core (bot/).

`handlers.app.build_application(settings)` is the one place an Application is built.
"""
