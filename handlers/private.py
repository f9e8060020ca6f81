"""Private chats: /start (also deep links), /help, and any other text is a question.

Deep links: /start s_<statement id> shows that statement's full record (inline cards
link there); /start inline-help explains inline mode.
"""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from bot.cards import statement_record
from bot.search.chatter import is_chatter
from handlers.answer import answer
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
    "or a phrase (<i>who said …</i>). Buttons under an answer page through the results "
    "and show the paragraph it comes from.\n\n"
    "<code>/follow Hegseth on NATO</code> sends you what they say next, "
    "<code>/following</code> lists your follows, and <code>/timeline Hegseth NATO</code> "
    "shows what they said over time.\n\n"
    "In a group, use <code>/ask</code> and your question. In any chat, type my @username "
    "and a question to pick a quote to send.\n\n"
    "/help shows this again."
)
ONLY_TEXT = "I can only read text. Write a question, for example: " + escape(EXAMPLES[0])
UNKNOWN_COMMAND = "I don't know that command. /help shows what you can ask."
INLINE_HELP = (
    "<b>Inline mode</b>: in any chat, type <code>@{bot} </code> followed by a name and a "
    "topic, for example <code>@{bot} hegseth nato</code>, and pick a quote to send it.\n\n"
    "Nothing matched? Try just the speaker's last name, or fewer words.\n\n" + HELP
)
GONE = "That statement is no longer on record. Ask again to find what is stored now."
STATEMENT_LINK = "s_"


def statement_link(bot_username: str, statement_id: int) -> str:
    """The deep link that opens a statement's full record in a private chat."""
    return f"https://t.me/{bot_username}?start={STATEMENT_LINK}{statement_id}"


async def reply(update: Update, text: str) -> None:
    """Reply to the update's message; updates without one (none reach here) are ignored."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(text)


# The answer to thanks, laughter or an emoji in a private chat, instead of a search.
CHATTER_REPLY = "👍 Ask me what someone said, e.g. <i>what did Hegseth say on NATO</i>."


async def start(update: Update, context: Context) -> None:
    """Greet the user by name (escaped) and explain; or open a deep link's target."""
    argument = context.args[0] if context.args else ""
    if argument == "inline-help":
        await reply(update, INLINE_HELP.format(bot=escape(context.bot.username)))
        return
    if argument.startswith(STATEMENT_LINK) and argument[len(STATEMENT_LINK):].isdigit():
        await show_statement(update, context, int(argument[len(STATEMENT_LINK):]))
        return
    user = update.effective_user
    name = escape(user.first_name) if user else "there"
    await reply(update, f"Hello, {name}!\n\n{HELP}")


async def show_statement(update: Update, context: Context, statement_id: int) -> None:
    store = context.bot_data.require_store()
    statement = await store.get_statement(statement_id)
    if statement is None:
        await reply(update, GONE)
        return
    paragraph = await store.statement_context(statement_id)
    link = statement_link(context.bot.username, statement_id)
    await reply(update, statement_record(statement, paragraph, link))


async def help_command(update: Update, context: Context) -> None:
    await reply(update, HELP)


async def answer_query(update: Update, context: Context) -> None:
    """Any other text is a query: the first result, with paging buttons when there are more."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    if is_chatter(message.text):  # 'thanks 👍', 'lol': no question to search for
        await reply(update, CHATTER_REPLY)
        return
    await answer(update, context, message.text)


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
