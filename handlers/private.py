"""Private chats: /start, /help, and any other text is a question about what someone said."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot.render import render_html
from bot.search import search
from handlers.context import Context

PRIVATE = filters.ChatType.PRIVATE

EXAMPLES = (
    "what did Hegseth say on NATO",
    "Hegseth NATO",
    "who said the war must end soon",
)

HELP = (
    "<b>On Record</b> tells you what officials actually said: the quote, who said it, "
    "their title, the date and the source.\n\n"
    "Just write a question, for example:\n"
    + "".join(f"• <code>{escape(example)}</code>\n" for example in EXAMPLES)
    + "\nAsk about a person (<i>what did … say</i>), a person and a topic, "
    "or a phrase (<i>who said …</i>).\n\n"
    "/help shows this again."
)
ONLY_TEXT = "I can only read text. Write a question, for example: " + escape(EXAMPLES[0])
UNKNOWN_COMMAND = "I don't know that command. /help shows what you can ask."


async def reply(update: Update, text: str) -> None:
    """Reply to the update's message; updates without one (none reach here) are ignored."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(text)


async def start(update: Update, context: Context) -> None:
    """Greet the user by name (escaped) and explain."""
    user = update.effective_user
    name = escape(user.first_name) if user else "there"
    await reply(update, f"Hello, {name}!\n\n{HELP}")


async def help_command(update: Update, context: Context) -> None:
    await reply(update, HELP)


async def answer_query(update: Update, context: Context) -> None:
    """Any other text is a query: search the store and reply with the rendered outcome."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    store = context.bot_data.require_store()
    outcome = await search(store, message.text)
    await message.reply_text(render_html(outcome))


async def unknown_command(update: Update, context: Context) -> None:
    await reply(update, UNKNOWN_COMMAND)


async def not_text(update: Update, context: Context) -> None:
    await reply(update, ONLY_TEXT)


def private_handlers() -> list[BaseHandler[Update, Context, None]]:
    """The private-chat handlers, in the order they must be tried."""
    return [
        CommandHandler("start", start, filters=PRIVATE),
        CommandHandler("help", help_command, filters=PRIVATE),
        MessageHandler(PRIVATE & filters.COMMAND, unknown_command),
        MessageHandler(PRIVATE & filters.TEXT, answer_query),
        MessageHandler(PRIVATE & filters.UpdateType.MESSAGE, not_text),
    ]
