"""talentflow.eval"""
