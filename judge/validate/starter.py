"""The starter: it parses, declares exactly the interface, and does not already solve the samples."""

from __future__ import annotations

import ast

from judge.cases import Case
from judge.problem import Problem
from judge.trusted import load_module, run_trusted
from judge.validate.model import Check, error, ok
from judge.values import same


def _parameters(function: ast.FunctionDef) -> list[str]:
    names = [arg.arg for arg in function.args.posonlyargs + function.args.args]
    return names[1:] if names[:1] == ["self"] else names


def _interface_problems(tree: ast.Module, problem: Problem) -> list[str]:
    interface = problem.interface
    defined = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)}
    found = defined.get(interface.name)
    if interface.kind == "function":
        if not isinstance(found, ast.FunctionDef):
            return [f"no function {interface.name}()"]
        params = _parameters(found)
        if params != list(interface.params):
            return [f"{interface.name}() takes {params}, problem.toml says {list(interface.params)}"]
        return []
    if not isinstance(found, ast.ClassDef):
        return [f"no class {interface.name}"]
    methods = {node.name for node in found.body if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")}
    if methods != set(interface.methods):
        return [f"class {interface.name} has methods {sorted(methods)}, problem.toml says {sorted(interface.methods)}"]
    return []


def _solves(problem: Problem, samples: list[Case]) -> bool:
    starter = load_module(problem.starter_path)
    try:
        return all(
            same(case.expected, run_trusted(starter, problem.interface.to_wire(), case.input)) for case in samples
        )
    except Exception:
        return False


def check(problem: Problem, cases: list[Case]) -> list[Check]:
    source = problem.starter_path.read_text(encoding="utf-8")
    try:
        tree = ast.parse(source, str(problem.starter_path))
    except SyntaxError as exc:
        return [error("starter parses", f"starter.py:{exc.lineno}: {exc.msg}")]
    checks = [ok("starter parses")]
    mismatch = _interface_problems(tree, problem)
    checks.append(error("starter interface", "; ".join(mismatch)) if mismatch else ok("starter interface"))
    samples = [case for case in cases if case.sample]
    if samples and _solves(problem, samples):
        checks.append(
            error("starter fails", "the starter already passes every sample; it should raise NotImplementedError")
        )
    else:
        checks.append(ok("starter fails"))
    return checks
