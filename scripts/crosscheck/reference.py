"""Reference verdicts for the crosscheck: decide each case the way mistral-finetune does.

stdin: one JSON object a line, {"id": ..., "line": "<raw text>"}.
stdout: one JSON object a line, {"id": ..., "accept": bool, "reason": "<short exception text>"}.

`line` is treated as the text of a whole (tiny) file, so that line-level mutations (BOM, blank
line, lone CR) meet the same reading as at training time: mistral-finetune opens the file in
text mode (universal newlines) and calls json.loads on each line it yields
(finetune/data/dataset.py, load_file / lazy_load_and_yield). A case is accepted only if every
line it splits into builds a sample.

build_instruct_sample and its helpers below are ported from mistralai/mistral-finetune,
finetune/data/tokenize.py at commit 20704b220d6f08ce1213387f593282f4f60e3fa1, and the
exceptions from finetune/data/exceptions.py at 4192036725028745c6712656a47651d16b69f896.
The port keeps their order of checks; changes are marked "port:". Tokenization is not run
(it needs a model's tokenizer), so checks made only while tokenizing (e.g. decoding an image)
are out of scope.
"""

import inspect
import io
import json
import sys
import types
from typing import Any, Dict, List, Optional, Union

# port: mistral-common imports pydantic_extra_types only for transcription requests, which
# fine-tuning never builds; the local package mirror lacks it, so stand in a stub if absent.
try:
    import pydantic_extra_types.language_code  # noqa: F401
except ImportError:
    _pkg = types.ModuleType("pydantic_extra_types")
    _mod = types.ModuleType("pydantic_extra_types.language_code")
    _mod.LanguageAlpha2 = str
    _pkg.language_code = _mod
    sys.modules["pydantic_extra_types"] = _pkg
    sys.modules["pydantic_extra_types.language_code"] = _mod

from mistral_common.protocol.instruct.messages import (  # noqa: E402
    FinetuningAssistantMessage,
    Roles,
    SystemMessage,
    ToolMessage,
    UserMessage,
)
from mistral_common.protocol.instruct.tool_calls import (  # noqa: E402
    Function,
    FunctionCall,
    Tool,
    ToolCall,
)
from mistral_common.protocol.instruct.validator import (  # noqa: E402
    MistralRequestValidatorV3,
    ValidationMode,
)

# port: InstructRequest moved from mistral_common.tokens.instruct.request to
# mistral_common.protocol.instruct.request in later releases.
try:
    from mistral_common.protocol.instruct.request import InstructRequest
except ImportError:
    from mistral_common.tokens.instruct.request import InstructRequest


# ---- finetune/data/exceptions.py (UnrecognizedRoleError's __str__ there reads attributes
# it never sets, so str() of it raises; port: it gets a plain message) ----


class _FormatError(Exception):
    def __init__(self, message, data):
        self._message = message
        super().__init__(message)


class MessageFormatError(_FormatError):
    pass


class ToolCallFormatError(_FormatError):
    pass


class FunctionFormatError(_FormatError):
    pass


class ConversationFormatError(_FormatError):
    pass


class UnrecognizedRoleError(Exception):
    def __init__(self, role, allowed_roles):
        super().__init__(f"The following role: {role} is not recognized. Make sure that each role is one of {allowed_roles}")


# ---- finetune/data/tokenize.py ----


class TrainingInstructSample(InstructRequest):
    available_tools: Optional[List[Tool]] = None
    only_last: bool = False


def get_pretrain_sample(data: Dict[str, Any]) -> str:
    content_keys = ["text", "content"]
    assert not all(k in data for k in content_keys), "Make sure to have either 'text' or 'content' in your data. Not both."
    assert any(data.get(k) is not None for k in content_keys), f"Must have one of 'text' or 'content' in your data. Only have {data.keys()}"

    # get first non-None value
    sample = None
    for key in content_keys:
        sample = data[key] if key in data else sample

    assert isinstance(sample, str), sample

    return sample


# Newer mistral-common takes validate_messages(messages, continue_final_message); 1.12 takes
# only the messages. Pass False where the installed signature has the second parameter.
_VALIDATE_TAKES_CONTINUE = len(inspect.signature(MistralRequestValidatorV3.validate_messages).parameters) > 2


def build_instruct_sample(data: Dict[str, Any]) -> TrainingInstructSample:
    messages: List[Union[SystemMessage, UserMessage, FinetuningAssistantMessage, ToolMessage]] = []
    # optional data fields that might be set
    available_tools: Optional[List[Tool]] = data.get("available_tools")
    system_prompt = data.get("system_prompt")

    messages_keys = ["messages", "interactions"]
    content_keys = ["content", "text"]  # both are accepted
    allowed_roles = [role.value for role in Roles]

    if not any(messages_key in data for messages_key in messages_keys):
        err = f"The conversation does not contain one of '{', '.join(messages_keys)}' key, but only {', '.join(data.keys())}."
        raise ConversationFormatError(err, str(data))

    if all(messages_key in data for messages_key in messages_keys):
        err = f"The conversation cannot contain both of '{', '.join(messages_keys)}' key, but only one of the two."
        raise ConversationFormatError(err, str(data))

    # get first non-None value
    data_messages: Optional[List[Dict[str, Any]]] = None
    for key in messages_keys:
        data_messages = data[key] if key in data else data_messages

    assert data_messages is not None, "data_messages can't be None"

    if "available_tools" in data and "tools" in data:
        err = "The conversation contains both an `available_tools` and `tools` key. You can only have one."
        raise ConversationFormatError(err, str(data))

    if data.get("tools", None) is not None and len(data["tools"]) > 0:
        available_tools = _parse_available_tools(data["tools"])
    elif data.get("available_tools", None) is not None and len(data["available_tools"]) > 0:
        available_tools = _parse_available_tools(data["available_tools"])

    for data_message in data_messages:
        is_tool_call = data_message.get("tool_calls") is not None

        if "role" not in data_message:
            err = f"A message does not contain a 'role' key, but only {', '.join(data_message.keys())}."
            raise MessageFormatError(err, str(data))

        role = data_message["role"]

        if all(key in data_message for key in content_keys):
            err = f"A {role} message contains both a 'text' and 'content' key."
            raise MessageFormatError(err, str(data))

        content: Optional[str] = None
        for key in content_keys:
            content = content if content is not None else data_message.get(key)

        # non-function call message must have content
        if not is_tool_call and content is None:
            err = f"A {role} message does not contain one of '{content_keys}' key, but only {', '.join(data_message.keys())}."
            raise MessageFormatError(err, str(data))

        if role not in allowed_roles:
            raise UnrecognizedRoleError(role, allowed_roles)

        if data_message["role"] == "user":
            assert content is not None
            messages.append(UserMessage(content=content))
        elif data_message["role"] == "assistant":
            tool_calls: Optional[List[ToolCall]] = None

            if is_tool_call:
                tool_calls = _parse_tool_calls(data_message["tool_calls"])

            weight = data_message.get("weight")
            messages.append(FinetuningAssistantMessage(content=content, tool_calls=tool_calls, weight=weight))
        elif data_message["role"] == "system":
            if system_prompt is not None:
                err = "Multiple messages with role 'system' encountered. Only one is allowed."
                raise MessageFormatError(err, str(data))

            system_prompt = content
        elif data_message["role"] == "tool":
            assert content is not None
            tool_message = _parse_tool_message(content, data_message)
            messages.append(tool_message)

    # validate created messages
    validator = MistralRequestValidatorV3(ValidationMode.finetuning)
    if _VALIDATE_TAKES_CONTINUE:
        validator.validate_messages(messages, False)
    else:
        validator.validate_messages(messages)
    validator._validate_tools(available_tools or [])

    # whether to train only on last assistant message
    only_last = data.get("only_last", False) or available_tools is not None

    return TrainingInstructSample(
        messages=messages,
        system_prompt=system_prompt,
        available_tools=available_tools,
        only_last=only_last,
    )


def _parse_available_tools(tools: List[Dict[str, Any]]) -> List[Tool]:
    available_tools = []
    for tool in tools:
        if "function" not in tool:
            raise FunctionFormatError("A tool dict does not have a 'function' key.", str(tool))

        func_data = tool["function"]

        for key in ["name", "description", "parameters"]:
            if key not in func_data:
                raise FunctionFormatError(f"A function dict does not have a {key} key.", str(func_data))

        if not isinstance(func_data["parameters"], dict):
            raise FunctionFormatError(
                f"A function 'parameters' key has to be of type dict, but is {type(func_data['parameters'])}.",
                str(func_data),
            )

        description = func_data["description"]
        function = Function(
            name=func_data["name"],
            description=description,
            parameters=func_data["parameters"],
        )

        available_tools.append(Tool(function=function))
    return available_tools


def _parse_tool_calls(calls: List[Dict[str, Any]]) -> List[ToolCall]:
    for key in ["id", "function"]:
        if not all(key in call for call in calls):
            err = f"A tool call of an assistant message does not have a {key} key"
            raise ToolCallFormatError(err, str(calls))

    for key in ["name", "arguments"]:
        if not all(key in call["function"] for call in calls):
            err = f"A tool call function of an assistant message does not have a {key} key"
            raise ToolCallFormatError(err, str(calls))

    if not all(isinstance(call["function"]["arguments"], str) for call in calls):
        err = "A tool call function of an assistant message does not have a 'arguments' key of type str"
        raise ToolCallFormatError(err, str(calls))

    tool_calls = [
        ToolCall(
            id=call["id"],
            function=FunctionCall(
                name=call["function"]["name"],
                arguments=call["function"]["arguments"],
            ),
        )
        for call in calls
    ]
    return tool_calls


def _parse_tool_message(content: str, data_message: Dict[str, Any]) -> ToolMessage:
    if "tool_call_id" not in data_message:
        err = f"A tool message does not contain a 'tool_call_id' key, but only {', '.join(data_message.keys())}."
        raise MessageFormatError(err, str(data_message))

    call_id = data_message["tool_call_id"]
    # name is deprecated in v3, but we'll add it nevertheless for now
    name = data_message.get("name")

    return ToolMessage(content=content, tool_call_id=call_id, name=name)


# ---- the driver's side ----


def build_line(line: str) -> None:
    """One line as at training time: json.loads, then the sample for its type."""
    data = json.loads(line)
    # mistral-finetune takes the sample type from the data source (pretrain_data vs
    # instruct_data), not from the line. Here a line with no messages stands for pretrain when it
    # has `text` (or `content`, which get_pretrain_sample reads as well).
    is_instruct = any(k in data for k in ("messages", "interactions")) if isinstance(data, dict) else True
    if not is_instruct and ("text" in data or "content" in data):
        get_pretrain_sample(data)
    else:
        build_instruct_sample(data)


def short_reason(e: BaseException) -> str:
    """A short, groupable text: the class, then pydantic's error location and type or the message."""
    errors = getattr(e, "errors", None)
    if callable(errors) and type(e).__name__ == "ValidationError":
        first = e.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        return f"ValidationError {e.title}.{loc}: {first['type']} ({first['msg'][:100]})"
    text = str(e).splitlines()[0] if str(e) else ""
    return f"{type(e).__name__}: {text[:160]}" if text else type(e).__name__


def decide(text: str) -> Dict[str, Any]:
    # newline=None: universal newlines, as Path.open() reads the file
    for line in io.StringIO(text, newline=None):
        try:
            build_line(line)
        except Exception as e:  # any exception stops training on this file
            return {"accept": False, "reason": short_reason(e)}
    return {"accept": True, "reason": ""}


def main() -> None:
    sys.stdin.reconfigure(encoding="utf-8")
    for raw in sys.stdin:
        case = json.loads(raw)
        verdict = decide(case["line"])
        print(json.dumps({"id": case["id"], **verdict}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
